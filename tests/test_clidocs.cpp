// docs/cli.md embeds every program's --help text verbatim; this fails when a help text changes
// and the reference was not regenerated (scripts/cli-docs), or when a command has no section.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct HelpBlock {
    QString commandLine; // as written in the doc, e.g. "negvae train --help"
    QString text;        // the fenced block's content
};

QList<HelpBlock> helpBlocks(const QString& markdown)
{
    QList<HelpBlock> blocks;
    const QRegularExpression block(QStringLiteral("<!-- help: ([^>]+) -->\n```text\n(.*?)```\n"),
                                   QRegularExpression::DotMatchesEverythingOption);
    for (auto it = block.globalMatch(markdown); it.hasNext();) {
        const auto match = it.next();
        blocks.append({match.captured(1).trimmed(), match.captured(2)});
    }
    return blocks;
}

// Runs a documented command line with the built program; its usage line names the program
// by the path it was started with, which the doc writes as the bare name.
QString helpOutput(const QString& commandLine, int* exitCode)
{
    QStringList arguments = commandLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString name = arguments.takeFirst();
    const QString program = name == QLatin1String("negvae-gui") ? QStringLiteral(NEGVAE_GUI) : QStringLiteral(NEGVAE_CLI);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QString out = QString::fromUtf8(process.readAllStandardOutput());
    out.replace(QStringLiteral("Usage: ") + program + QLatin1Char(' '), QStringLiteral("Usage: ") + name + QLatin1Char(' '));
    return out;
}

QString readDoc()
{
    QFile file(QStringLiteral(NEGVAE_TEST_SOURCE_DIR "/../docs/cli.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestCliDocs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFencedHelpBlocks()
    {
        const auto blocks = helpBlocks(QStringLiteral("x\n<!-- help: negvae eval --help -->\n```text\nUsage: a\n\nb\n```\n"
                                                      "<!-- help: negvae-gui --help -->\n```text\nc\n```\n"));
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].commandLine, QStringLiteral("negvae eval --help"));
        QCOMPARE(blocks[0].text, QStringLiteral("Usage: a\n\nb\n"));
        QCOMPARE(blocks[1].text, QStringLiteral("c\n"));
    }

    void documentsEveryCommand_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::newRow("negvae") << "negvae --help";
        QTest::newRow("negvae-gui") << "negvae-gui --help";
        // Every command that `negvae --help` lists, read from its Commands section.
        int exitCode = 0;
        const QString usage = helpOutput(QStringLiteral("negvae --help"), &exitCode);
        const QString commands = usage.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        const QRegularExpression command(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
        int listed = 0;
        for (auto it = command.globalMatch(commands); it.hasNext(); ++listed) {
            const QString name = it.next().captured(1);
            QTest::newRow(qPrintable(name)) << QStringLiteral("negvae %1 --help").arg(name);
        }
        QVERIFY2(listed >= 6, qPrintable(usage));
    }

    void documentsEveryCommand()
    {
        QFETCH(QString, commandLine);
        const QString doc = readDoc();
        QVERIFY2(!doc.isEmpty(), "docs/cli.md is missing or empty");
        bool found = false;
        for (const HelpBlock& block : helpBlocks(doc))
            found = found || block.commandLine == commandLine;
        QVERIFY2(found, qPrintable(QStringLiteral("docs/cli.md has no help block for `%1`: run scripts/cli-docs")
                                       .arg(commandLine)));
    }

    void helpTextsMatchThePrograms_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("documented");
        const auto blocks = helpBlocks(readDoc());
        QVERIFY(!blocks.isEmpty());
        for (const HelpBlock& block : blocks)
            QTest::newRow(qPrintable(block.commandLine)) << block.commandLine << block.text;
    }

    void helpTextsMatchThePrograms()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, documented);
        int exitCode = -1;
        const QString actual = helpOutput(commandLine, &exitCode);
        QCOMPARE(exitCode, 0);
        if (actual != documented) {
            // Name the first line that differs: a whole-text comparison is unreadable.
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList d = documented.split(QLatin1Char('\n'));
            int line = 0;
            while (line < a.size() && line < d.size() && a[line] == d[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("docs/cli.md is out of date for `%1` (run scripts/cli-docs); line %2:\n"
                                            "  program: %3\n  doc:     %4")
                                 .arg(commandLine).arg(line + 1).arg(a.value(line), d.value(line))));
        }
    }
};

QTEST_MAIN(TestCliDocs)
#include "test_clidocs.moc"
