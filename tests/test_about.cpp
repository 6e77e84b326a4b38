// Help ▸ About, opened from the menu as a user would: it names the versions of negvae, Qt,
// LibTorch, OpenCV and QCustomPlot and the build type, and Copy puts them on the clipboard.
#include "aboutdialog.h"
#include "mainwindow.h"
#include "plotlibrary.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

using namespace negvae;

class TestAbout : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;

    // Opens About through the Help menu's action and returns the dialog it shows.
    static AboutDialog* openFromMenu(MainWindow& window)
    {
        QMenu* help = nullptr;
        for (QAction* action : window.menuBar()->actions()) {
            if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                help = action->menu();
        }
        if (!help)
            return nullptr;
        QAction* about = help->findChild<QAction*>(QStringLiteral("aboutAction"));
        if (!about)
            about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        if (!about || !help->actions().contains(about))
            return nullptr;
        about->trigger();
        return window.findChild<AboutDialog*>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEGVAE_RUNS_DIR", m_root.filePath(QStringLiteral("runs")).toUtf8());
    }

    void showsEachVersion_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negvae") << "negvaeVersion" << QStringLiteral(NEGVAE_EXPECTED_VERSION);
        QTest::newRow("Qt") << "qtVersion" << QString::fromLatin1(qVersion());
        QTest::newRow("LibTorch") << "torchVersion" << QStringLiteral(TORCH_VERSION);
        QTest::newRow("OpenCV") << "openCvVersion" << QStringLiteral(CV_VERSION);
        QTest::newRow("QCustomPlot") << "plotVersion" << PlotLibrary::version();
        QTest::newRow("build type") << "buildType" << QStringLiteral(NEGVAE_EXPECTED_BUILD_TYPE);
    }

    void showsEachVersion()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QVERIFY(!expected.isEmpty());
        MainWindow window;
        window.show();
        AboutDialog* dialog = openFromMenu(window);
        QVERIFY2(dialog, "Help ▸ About negvae did not open an AboutDialog");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* value = dialog->findChild<QLabel*>(label);
        QVERIFY2(value, qPrintable(label));
        QVERIFY(value->isVisible());
        QVERIFY2(value->text().startsWith(expected), qPrintable(value->text() + QStringLiteral(" vs ") + expected));
        dialog->close();
    }

    void plotLibraryVersionIsAVersion()
    {
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(PlotLibrary::version()).hasMatch());
    }

    void titleNamesTheVersion()
    {
        MainWindow window;
        window.show();
        AboutDialog* dialog = openFromMenu(window);
        QVERIFY(dialog);
        auto* title = dialog->findChild<QLabel*>(QStringLiteral("aboutTitle"));
        QVERIFY(title);
        QVERIFY(title->text().contains(QStringLiteral("negvae " NEGVAE_EXPECTED_VERSION)));
    }

    void copyPutsEveryVersionOnTheClipboard()
    {
        MainWindow window;
        window.show();
        AboutDialog* dialog = openFromMenu(window);
        QVERIFY(dialog);
        QApplication::clipboard()->clear();
        auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyVersions"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QStringLiteral("negvae: " NEGVAE_EXPECTED_VERSION "\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("LibTorch: " TORCH_VERSION "\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OpenCV: " CV_VERSION "\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("QCustomPlot: ") + PlotLibrary::version() + QLatin1Char('\n')), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Build type: " NEGVAE_EXPECTED_BUILD_TYPE "\n")), qPrintable(text));
    }
};

QTEST_MAIN(TestAbout)
#include "test_about.moc"
