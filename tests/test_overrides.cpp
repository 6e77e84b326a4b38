// FIELD=VALUE changes to a config, as the command line's --set and sweeps use them.
#include "configerror.h"
#include "configoverrides.h"

#include <QtTest>

using namespace negvae;

class TestOverrides : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliesValuesOfEveryType()
    {
        const ExperimentConfig base = *ExperimentConfig::preset(QStringLiteral("quick"));
        const ExperimentConfig config = ConfigOverrides::apply(
            base, {QStringLiteral("training.epochs=5"), QStringLiteral("optimizer.learningRate=2e-4"),
                   QStringLiteral("data.negatives.source=adversarial"), QStringLiteral("data.negatives.sets=[]"),
                   QStringLiteral("data.ood=[\"mnist\",\"uniform-noise\"]"), QStringLiteral("model.spectralNorm=true"),
                   QStringLiteral("name=my run")});
        QCOMPARE(config.training.epochs, int64_t(5));
        QCOMPARE(config.optimizer.learningRate, 2e-4);
        QCOMPARE(config.data.negatives.source, NegativeSource::Adversarial);
        QCOMPARE(config.data.ood, (QStringList {QStringLiteral("mnist"), QStringLiteral("uniform-noise")}));
        QVERIFY(config.model.spectralNorm);
        QCOMPARE(config.name, QStringLiteral("my run"));
        QCOMPARE(config.training.batchSize, base.training.batchSize); // untouched fields keep their values
    }

    void refusesBadAssignments_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << QStringLiteral("training.epochs") << QStringLiteral("expected FIELD=VALUE");
        QTest::newRow("unknown field") << QStringLiteral("training.epoch=3") << QStringLiteral("training.epoch");
        QTest::newRow("unknown section") << QStringLiteral("train.epochs=3") << QStringLiteral("train");
        QTest::newRow("out of range") << QStringLiteral("training.batchSize=0") << QStringLiteral("training.batchSize");
        QTest::newRow("wrong type") << QStringLiteral("training.epochs=many") << QStringLiteral("training.epochs");
        QTest::newRow("into a value") << QStringLiteral("seed.x=1") << QStringLiteral("seed");
    }
    void refusesBadAssignments()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        try {
            ConfigOverrides::apply(ExperimentConfig(), {assignment});
            QFAIL("a bad assignment must be refused");
        } catch (const ConfigException& error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOverrides)
#include "test_overrides.moc"
