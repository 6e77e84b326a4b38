// Keyboard use and explanations: every control of the experiment panel can be reached by a
// mnemonic on its label (or its own text), the mnemonics move the focus to the field even
// when it is scrolled out of sight, Start/Pause/Stop have shortcuts no other action uses,
// and every place a metric is shown states its convention.
#include "aurocplot.h"
#include "experimentpanel.h"
#include "mainwindow.h"
#include "oodmetrics.h"
#include "rocplot.h"
#include "rundashboard.h"
#include "runsview.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace negvae;

namespace {

QString customPlotToolTip(QWidget* panel)
{
    for (QWidget* child : panel->findChildren<QWidget*>()) {
        if (QLatin1String(child->metaObject()->className()) == QLatin1String("QCustomPlot"))
            return child->toolTip();
    }
    return {};
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("negvae-test-keyboard"));
        QCoreApplication::setApplicationName(QStringLiteral("negvae-test-keyboard"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        qputenv("NEGVAE_RUNS_DIR", m_runs.path().toUtf8());
        MainWindow::registerMetaTypes();
    }

    void everyPanelControlHasAMnemonicAndATooltip();
    void mnemonicFocusesAndScrollsToTheField();
    void trainingShortcutsAreUnique();
    void metricsStateTheirConvention();
};

void TestKeyboard::everyPanelControlHasAMnemonicAndATooltip()
{
    MainWindow window;
    ExperimentPanel* panel = window.experimentPanel();
    // The menu bar's letters stay the menu bar's: a field sharing one would make Alt+F cycle.
    QSet<int> menuKeys;
    for (QAction* menu : window.menuBar()->actions())
        menuKeys.insert(QKeySequence::mnemonic(menu->text())[0].toCombined());

    int reached = 0;
    for (QWidget* control : panel->findChildren<QWidget*>()) {
        const bool input = control->objectName().contains(QLatin1Char('.')) || control->objectName() == QLatin1String("name")
                        || control->objectName() == QLatin1String("seed") || control->objectName() == QLatin1String("preset")
                        || control->objectName() == QLatin1String("applyPreset");
        if (!input || control->parentWidget()->inherits("QComboBox") || control->inherits("QMenu")
            || control->objectName().endsWith(QLatin1String(".browse")))
            continue; // the inlier's "…" follows the inlier field in the tab order
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(control)) {
            text = button->text();
        } else {
            for (QLabel* label : panel->findChildren<QLabel*>()) {
                if (label->buddy() == control)
                    text = label->text();
            }
        }
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        QVERIFY2(!mnemonic.isEmpty(), qPrintable(control->objectName() + QStringLiteral(": no mnemonic in \"")
                                                 + text + QLatin1Char('"')));
        QVERIFY2(!menuKeys.contains(mnemonic[0].toCombined()),
                 qPrintable(control->objectName() + QStringLiteral(" takes the menu bar's ") + mnemonic.toString()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName() + QStringLiteral(" has no tooltip")));
        ++reached;
    }
    QVERIFY2(reached >= 38, qPrintable(QString::number(reached)));
}

void TestKeyboard::mnemonicFocusesAndScrollsToTheField()
{
    MainWindow window;
    window.resize(1200, 500); // short, so that the evaluation fields start out of sight
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExperimentPanel* panel = window.experimentPanel();
    QWidget* trainingBatch = panel->fieldWidget(QStringLiteral("training.batchSize"));
    QWidget* evaluationBatch = panel->fieldWidget(QStringLiteral("evaluation.batchSize"));
    auto* area = panel->findChild<QScrollArea*>();
    QCOMPARE(area->verticalScrollBar()->value(), 0);

    // "Batch si&ze" labels both batch sizes: Alt+Z moves between them, as Qt does for a
    // mnemonic that several labels share, and each is scrolled into view when reached.
    const auto inView = [area](QWidget* field) {
        const int top = field->mapTo(area->viewport(), QPoint(0, 0)).y();
        return top >= 0 && top + field->height() <= area->viewport()->height();
    };
    QVERIFY(!inView(evaluationBatch));
    QTest::keyClick(&window, Qt::Key_Z, Qt::AltModifier);
    QWidget* first = QApplication::focusWidget();
    QVERIFY2(first == trainingBatch || first == evaluationBatch, qPrintable(first ? first->objectName() : QString()));
    QVERIFY(inView(first));
    QTest::keyClick(&window, Qt::Key_Z, Qt::AltModifier);
    QWidget* second = QApplication::focusWidget();
    QVERIFY(second == trainingBatch || second == evaluationBatch);
    QVERIFY(first != second);
    QVERIFY(inView(second));
    QTest::keyClick(&window, Qt::Key_Z, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), first);
}

void TestKeyboard::trainingShortcutsAreUnique()
{
    MainWindow window;
    QMultiHash<int, QString> owners;
    QList<QAction*> actions = window.findChildren<QAction*>();
    for (QAction* action : std::as_const(actions)) {
        for (const QKeySequence& sequence : action->shortcuts())
            owners.insert(sequence[0].toCombined(), action->objectName() + QLatin1Char(' ') + action->text());
    }
    for (QShortcut* shortcut : window.findChildren<QShortcut*>())
        owners.insert(shortcut->key()[0].toCombined(), QStringLiteral("QShortcut"));
    for (QAction* action : {window.startAction(), window.pauseAction(), window.stopAction()}) {
        QVERIFY2(action->shortcuts().size() >= 1, qPrintable(action->objectName()));
        for (const QKeySequence& sequence : action->shortcuts())
            QVERIFY2(owners.values(sequence[0].toCombined()).size() == 1,
                     qPrintable(sequence.toString() + QStringLiteral(": ")
                                + owners.values(sequence[0].toCombined()).join(QStringLiteral(", "))));
    }
    QCOMPARE(window.startAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
}

void TestKeyboard::metricsStateTheirConvention()
{
    MainWindow window;
    const QString auroc = customPlotToolTip(window.dashboard()->aurocPlot());
    QVERIFY2(auroc.contains(QLatin1String("positive class")) && auroc.contains(QStringLiteral("ties count ½")), qPrintable(auroc));
    const QString roc = customPlotToolTip(window.dashboard()->rocPlot());
    QVERIFY2(roc.contains(QLatin1String("positive class")) && roc.contains(QLatin1String("higher = more anomalous")),
             qPrintable(roc));

    auto* metric = window.runsView()->findChild<QComboBox*>(QStringLiteral("runsMetric"));
    QVERIFY(metric);
    QCOMPARE(metric->count(), int(OodMetrics::allMetrics().size()));
    for (int i = 0; i < metric->count(); ++i)
        QCOMPARE(metric->itemData(i, Qt::ToolTipRole).toString(),
                 OodMetrics::convention(OodMetrics::Metric(metric->itemData(i).toInt())));
    auto* list = window.runsView()->findChild<QTreeWidget*>(QStringLiteral("runsList"));
    int conventions = 0;
    for (int c = 0; c < list->columnCount(); ++c)
        conventions += list->headerItem()->toolTip(c).contains(OodMetrics::convention(OodMetrics::Metric::Auroc));
    QCOMPARE(conventions, 2); // AUROC BPD and AUROC KL
}

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
