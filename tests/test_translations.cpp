// The interface language switches while the window is open: the View ▸ Language entries a
// user picks install German or Hungarian (or go back to English), every visible text follows
// at once, the choice is remembered for the next start, and the compiled translations cover
// the strings the widgets really show.
#include "aurocplot.h"
#include "experimentpanel.h"
#include "languageswitcher.h"
#include "logdock.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "rundashboard.h"
#include "rocplot.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace negvae;

namespace {

// What the user reads: menu titles, tab titles, a button, dock titles, axis titles and a
// legend entry, in the order the rows of visibleTexts_data() list them.
QStringList shownTexts(MainWindow& window)
{
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions())
        texts << menu->text();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    texts << window.experimentPanel()->findChild<QPushButton*>(QStringLiteral("applyPreset"))->text();
    texts << window.logDock()->windowTitle();
    texts << window.dashboard()->lossPlot()->axisLabel(Qt::Horizontal);
    texts << window.dashboard()->aurocPlot()->axisLabel(Qt::Vertical);
    texts << window.dashboard()->rocPlot()->axisLabel(Qt::Horizontal);
    texts << window.dashboard()->lossPlot()->graphNames().value(0);
    texts << window.statusText();
    texts << window.stopAction()->text();
    return texts;
}

void choose(MainWindow& window, const QString& code)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("languageAction_") + code);
    QVERIFY2(action, qPrintable(code));
    action->trigger();
    // Qt posts LanguageChange to the top-level widgets; deliver it as the event loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// A tooltip per labelled field of the experiment panel, keyed by the field's JSON path.
QHash<QString, QString> panelToolTips(ExperimentPanel* panel)
{
    QHash<QString, QString> tips;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (QWidget* buddy = label->buddy())
            tips.insert(buddy->objectName(), label->toolTip());
    }
    return tips;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("negvae-test-translations"));
        QCoreApplication::setApplicationName(QStringLiteral("negvae-test-translations"));
        qputenv("NEGVAE_RUNS_DIR", m_runs.path().toUtf8());
        MainWindow::registerMetaTypes();
    }

    void init()
    {
        QSettings().clear();
        // The system language must not decide what the tests read.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }

    void visibleTexts_data();
    void visibleTexts();
    void choiceIsRemembered();
    void everyPanelTextIsTranslated();
    void unknownLanguageChangesNothing();
    void validationMessagesFollow();
    void qtsOwnButtonsFollow();
};

void TestTranslations::visibleTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    const QStringList english {QStringLiteral("&File"), QStringLiteral("&Training"), QStringLiteral("&View"),
                               QStringLiteral("&Help"), QStringLiteral("Dashboard"), QStringLiteral("Samples"),
                               QStringLiteral("Explore"), QStringLiteral("Runs"), QStringLiteral("&Apply"),
                               QStringLiteral("Log"), QStringLiteral("step"), QStringLiteral("AUROC (OOD = positive)"),
                               QStringLiteral("false positive rate (inliers flagged)"), QStringLiteral("total"),
                               QStringLiteral("Ready"), QStringLiteral("S&top")};
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList {QStringLiteral("&Datei"), QStringLiteral("&Training"),
                                            QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe"),
                                            QStringLiteral("Dashboard"), QStringLiteral("Stichproben"),
                                            QStringLiteral("Erkunden"), QStringLiteral("Läufe"),
                                            QStringLiteral("Ü&bernehmen"), QStringLiteral("Protokoll"),
                                            QStringLiteral("Schritt"), QStringLiteral("AUROC (OOD = positiv)"),
                                            QStringLiteral("Falsch-Positiv-Rate (markierte Inlier)"),
                                            QStringLiteral("gesamt"), QStringLiteral("Bereit"), QStringLiteral("St&opp")};
    QTest::newRow("Hungarian") << QStringLiteral("hu")
                               << QStringList {QStringLiteral("&Fájl"), QStringLiteral("&Tanítás"),
                                               QStringLiteral("&Nézet"), QStringLiteral("&Súgó"),
                                               QStringLiteral("Áttekintés"), QStringLiteral("Minták"),
                                               QStringLiteral("Felfedezés"), QStringLiteral("Futtatások"),
                                               QStringLiteral("Alkal&maz"), QStringLiteral("Napló"),
                                               QStringLiteral("lépés"), QStringLiteral("AUROC (OOD = pozitív)"),
                                               QStringLiteral("álpozitív arány (jelölt inlierek)"),
                                               QStringLiteral("összes"), QStringLiteral("Kész"),
                                               QStringLiteral("&Leállítás")};
    QTest::newRow("English") << QStringLiteral("en") << english;
}

void TestTranslations::visibleTexts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    MainWindow window;
    window.show();
    // A loss series, so that the legend has a name to translate.
    StepMetrics step;
    step.step = 1;
    step.loss = 3.0;
    window.dashboard()->addSteps({step});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList english = shownTexts(window);
    QCOMPARE(english.first(), QStringLiteral("&File"));

    // Through another language first, so that going to `language` is a real switch also
    // for English.
    choose(window, language == QLatin1String("de") ? QStringLiteral("hu") : QStringLiteral("de"));
    QVERIFY(shownTexts(window) != english);
    choose(window, language);
    QCOMPARE(shownTexts(window), expected);
    QCOMPARE(window.languageSwitcher()->language(), language);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("languageAction_") + language)->isChecked());
}

void TestTranslations::choiceIsRemembered()
{
    {
        MainWindow window;
        choose(window, QStringLiteral("hu"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("hu"));
    MainWindow next;
    QCOMPARE(next.languageSwitcher()->language(), QStringLiteral("hu"));
    QCOMPARE(next.menuBar()->actions().first()->text(), QStringLiteral("&Fájl"));
    QVERIFY(next.findChild<QAction*>(QStringLiteral("languageAction_hu"))->isChecked());
}

void TestTranslations::everyPanelTextIsTranslated()
{
    // Catches strings whose .ts source differs from what the code passes to tr() (an escape
    // lupdate reads differently, a context it resolves wrongly): those stay English.
    MainWindow window;
    const QHash<QString, QString> english = panelToolTips(window.experimentPanel());
    QVERIFY(english.size() >= 30);
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("hu")}) {
        choose(window, code);
        const QHash<QString, QString> translated = panelToolTips(window.experimentPanel());
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            QVERIFY2(!translated.value(it.key()).isEmpty(), qPrintable(it.key()));
            QVERIFY2(translated.value(it.key()) != it.value(),
                     qPrintable(QStringLiteral("%1 [%2] still reads: %3").arg(it.key(), code, it.value())));
        }
    }
}

void TestTranslations::unknownLanguageChangesNothing()
{
    MainWindow window;
    choose(window, QStringLiteral("de"));
    QVERIFY(!window.languageSwitcher()->setLanguage(QStringLiteral("xx")));
    QCOMPARE(window.languageSwitcher()->language(), QStringLiteral("de"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
}

void TestTranslations::validationMessagesFollow()
{
    // The panel shows core's validation messages; they must speak the user's language too.
    MainWindow window;
    ExperimentConfig config = *ExperimentConfig::preset(QStringLiteral("quick"));
    config.data.negatives.source = NegativeSource::Auxiliary;
    config.data.negatives.sets.clear();
    window.experimentPanel()->setConfig(config);
    const auto message = [&] {
        for (const ConfigError& error : window.experimentPanel()->problems())
            if (error.field == QLatin1String("data.negatives.sets"))
                return error.message;
        return QString();
    };
    QCOMPARE(message(), QStringLiteral("source \"auxiliary\" needs at least one data set to draw negatives from"));
    choose(window, QStringLiteral("de"));
    window.experimentPanel()->setConfig(config);
    QVERIFY2(message().startsWith(QStringLiteral("Quelle „auxiliary“ braucht")), qPrintable(message()));
    choose(window, QStringLiteral("hu"));
    window.experimentPanel()->setConfig(config);
    QVERIFY2(message().startsWith(QStringLiteral("az „auxiliary” forráshoz")), qPrintable(message()));
    choose(window, QStringLiteral("en"));
}

void TestTranslations::qtsOwnButtonsFollow()
{
    // Standard dialog buttons come from Qt's catalogue (Debian's qt6-translations-l10n).
    if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's own translations are not installed");
    MainWindow window;
    choose(window, QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
    choose(window, QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
