// negvae's desktop application.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("negvae"));
    QApplication::setOrganizationName(QStringLiteral("negvae"));
    QApplication::setApplicationVersion(QStringLiteral(NEGVAE_VERSION));
    negvae::MainWindow::registerMetaTypes();
    negvae::MainWindow window;
    window.show();
    return app.exec();
}
