// The .deb as users get it: cpack builds it from this build tree; its control fields name the
// libraries negvae needs at run time, it holds the executables, desktop entry, AppStream
// metainfo, icon and man pages and nothing else, those files validate, and the programs run
// from a copy unpacked into a temporary root (the system's libraries satisfy the dependencies).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString appId = QStringLiteral(NEGVAE_APP_ID);
const QString version = QStringLiteral(NEGVAE_EXPECTED_VERSION);

struct ProcessResult {
    int exitCode = -1; // −1 when it could not start, crashed or timed out
    QString out;       // stdout and stderr together
};

ProcessResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.out = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.out = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// A tool the test needs; a missing one fails the test with the Debian package to install.
QString tool(const char* name, const char* package)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s not found: install the Debian package %s (scripts/setup does)", name, package);
    return path;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package; // the .deb cpack wrote
    QString m_root;    // the package unpacked with dpkg-deb -x
    QString m_dpkgDeb;

    QString field(const QString& name) const
    {
        const ProcessResult result = runProgram(m_dpkgDeb, {QStringLiteral("-f"), m_package, name});
        return result.exitCode == 0 ? result.out.trimmed() : QString();
    }

    // Package names in a Depends-style field, without versions or alternatives' bars.
    static QStringList packageNames(const QString& relations)
    {
        QStringList names;
        for (const QString& entry : relations.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
            names << entry.trimmed().section(QLatin1Char(' '), 0, 0);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (m_dpkgDeb.isEmpty())
            QSKIP("dpkg-deb not found: a .deb can be neither built nor inspected on this system");
        QVERIFY(m_dir.isValid());
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const ProcessResult cpack = runProgram(QStringLiteral(NEGVAE_CPACK),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
             QStringLiteral(NEGVAE_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out}, 600000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out));
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_package = QDir(out).filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        const ProcessResult unpack = runProgram(m_dpkgDeb, {QStringLiteral("-x"), m_package, m_root});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.out));
    }

    void controlFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Package") << "Package" << "negvae";
        QTest::newRow("Version") << "Version" << version;
        QTest::newRow("Section") << "Section" << "science";
        const ProcessResult arch = runProgram(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
        QTest::newRow("Architecture") << "Architecture" << arch.out.trimmed();
    }

    void controlFields()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(field(name), expected);
        QCOMPARE(m_package.section(QLatin1Char('/'), -1),
                 QStringLiteral("negvae_%1_%2.deb").arg(version, field(QStringLiteral("Architecture"))));
    }

    // What negvae loads at run time: its linked libraries as dpkg-shlibdeps found them, and the
    // optimised BLAS LibTorch only picks up when installed.
    void dependsOn_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("LibTorch") << "^libtorch[0-9.]+$";
        QTest::newRow("Qt Core") << "^libqt6core6$";
        QTest::newRow("Qt GUI and its xcb platform plugin") << "^libqt6gui6$";
        QTest::newRow("Qt Widgets") << "^libqt6widgets6$";
        QTest::newRow("Qt SVG (plot export)") << "^libqt6svg6$";
        QTest::newRow("QCustomPlot (it brings Qt Print Support)") << "^libqcustomplot[0-9.]+-qt6$";
        QTest::newRow("OpenCV core") << "^libopencv-core[0-9]+$";
        QTest::newRow("OpenCV imgcodecs") << "^libopencv-imgcodecs[0-9]+$";
        QTest::newRow("matio (SVHN .mat files)") << "^libmatio[0-9]+$";
        QTest::newRow("FreeType (letters set)") << "^libfreetype6$";
        QTest::newRow("zlib") << "^zlib1g$";
        QTest::newRow("C++ runtime") << "^libstdc\\+\\+6$";
        QTest::newRow("OpenBLAS (loaded by LibTorch)") << "^libopenblas0-openmp$";
    }

    void dependsOn()
    {
        QFETCH(QString, pattern);
        const QString depends = field(QStringLiteral("Depends"));
        const QRegularExpression wanted(pattern);
        bool found = false;
        for (const QString& name : packageNames(depends))
            found = found || wanted.match(name).hasMatch();
        QVERIFY2(found, qPrintable(QStringLiteral("no %1 in Depends: %2").arg(pattern, depends)));
    }

    // Every dependency is a package this Debian system knows, so the .deb installs here.
    void dependenciesAreInstalledHere()
    {
        const QString depends = field(QStringLiteral("Depends"));
        QVERIFY(!depends.isEmpty());
        for (const QString& entry : depends.split(QLatin1Char(','))) {
            bool satisfied = false;
            for (const QString& name : packageNames(entry)) {
                const ProcessResult query = runProgram(QStringLiteral("dpkg-query"),
                    {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), name});
                satisfied = satisfied || query.out.contains(QLatin1String("install ok installed"));
            }
            QVERIFY2(satisfied, qPrintable(QStringLiteral("dependency not installed here: %1").arg(entry.trimmed())));
        }
    }

    void recommendsTheDefaultData()
    {
        QVERIFY(packageNames(field(QStringLiteral("Recommends"))).contains(QStringLiteral("dataset-fashion-mnist")));
    }

    void contains_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("CLI") << "usr/bin/negvae";
        QTest::newRow("GUI") << "usr/bin/negvae-gui";
        QTest::newRow("desktop entry") << "usr/share/applications/" + appId + ".desktop";
        QTest::newRow("metainfo") << "usr/share/metainfo/" + appId + ".metainfo.xml";
        QTest::newRow("icon") << "usr/share/icons/hicolor/scalable/apps/" + appId + ".svg";
        for (const char* page : {"negvae", "negvae-train", "negvae-eval", "negvae-sweep", "negvae-report",
                                 "negvae-datasets", "negvae-presets", "negvae-gui"})
            QTest::newRow(page) << QStringLiteral("usr/share/man/man1/%1.1.gz").arg(QLatin1String(page));
    }

    void contains()
    {
        QFETCH(QString, path);
        const ProcessResult listing = runProgram(m_dpkgDeb, {QStringLiteral("-c"), m_package});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY2(listing.out.contains(QStringLiteral(" ./") + path + QLatin1Char('\n')), qPrintable(listing.out));
        QVERIFY(QFileInfo(m_root + QLatin1Char('/') + path).size() > 0);
    }

    // No build leftovers (test or bench programs, static libraries, headers) slip in.
    void holdsNothingElse()
    {
        const QRegularExpression allowed(QStringLiteral(
            "^usr/(bin/negvae(-gui)?|share/(applications|metainfo|icons/hicolor/scalable/apps|man/man1)/[^/]+)$"));
        QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = QDir(m_root).relativeFilePath(it.next());
            QVERIFY2(allowed.match(path).hasMatch(), qPrintable(QStringLiteral("unexpected file in the package: ") + path));
            ++files;
        }
        QCOMPARE(files, 13);
    }

    void installedProgramsRun_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negvae --version") << "negvae" << QStringList{QStringLiteral("--version")}
                                          << QStringLiteral("negvae %1\n").arg(version);
        QTest::newRow("negvae presets") << "negvae" << QStringList{QStringLiteral("presets")}
                                        << QStringLiteral("paper-grayscale");
        QTest::newRow("negvae-gui --version") << "negvae-gui" << QStringList{QStringLiteral("--version")}
                                              << QStringLiteral("negvae %1\n").arg(version);
    }

    void installedProgramsRun()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const ProcessResult result = runProgram(m_root + QStringLiteral("/usr/bin/") + program, arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    }

    void metainfoValidates()
    {
        const QString appstreamcli = tool("appstreamcli", "appstream");
        QVERIFY2(!appstreamcli.isEmpty(), "appstreamcli not found: install the Debian package appstream");
        const ProcessResult result = runProgram(appstreamcli,
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
             m_root + QStringLiteral("/usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
    }

    // The newest release in the metainfo is this version: software centres show it, and a
    // version bump without a release entry should not go unnoticed.
    void metainfoNamesThisRelease()
    {
        QFile file(m_root + QStringLiteral("/usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString firstRelease;
        QString launchable;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("release") && firstRelease.isEmpty())
                firstRelease = xml.attributes().value(QLatin1String("version")).toString();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(firstRelease, version);
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    }

    void desktopEntryValidates()
    {
        const QString validator = tool("desktop-file-validate", "desktop-file-utils");
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate not found: install the Debian package desktop-file-utils");
        const QString entry = m_root + QStringLiteral("/usr/share/applications/") + appId + QStringLiteral(".desktop");
        const ProcessResult result = runProgram(validator, {entry});
        QVERIFY2(result.exitCode == 0 && !result.out.contains(QLatin1String("error:")), qPrintable(result.out));
        // It starts a program and shows an icon that the package installs.
        QSettings desktop(entry, QSettings::IniFormat);
        desktop.beginGroup(QStringLiteral("Desktop Entry"));
        QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/bin/") + desktop.value(QStringLiteral("Exec")).toString()));
        QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/")
                                  + desktop.value(QStringLiteral("Icon")).toString() + QStringLiteral(".svg")));
    }

    void iconRenders()
    {
        QSvgRenderer renderer(m_root + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"));
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(128, 128)); // square, as icon themes expect
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(qAlpha(image.pixel(32, 32)) == 255);
    }

    // Each man page is titled after itself and documents its command's own options.
    void manPages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("option");
        QTest::newRow("negvae") << "negvae" << "Exit codes";
        QTest::newRow("train") << "negvae-train" << "\\-\\-learning\\-rate";
        QTest::newRow("eval") << "negvae-eval" << "\\-\\-ood";
        QTest::newRow("sweep") << "negvae-sweep" << "\\-\\-emit";
        QTest::newRow("report") << "negvae-report" << "\\-\\-include\\-unfinished";
        QTest::newRow("datasets") << "negvae-datasets" << "\\-\\-data\\-dir";
        QTest::newRow("presets") << "negvae-presets" << "\\-\\-show";
        QTest::newRow("gui") << "negvae-gui" << "\\-\\-open\\-run";
    }

    void manPages()
    {
        QFETCH(QString, page);
        QFETCH(QString, option);
        const ProcessResult text = runProgram(QStringLiteral("gzip"),
            {QStringLiteral("-dc"), m_root + QStringLiteral("/usr/share/man/man1/") + page + QStringLiteral(".1.gz")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(".TH ") + page.toUpper() + QStringLiteral(" \"1\"")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(".SH NAME\n") + QString(page).replace(QLatin1Char('-'), QStringLiteral("\\-"))
                                   + QStringLiteral(" \\- ")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(option), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("negvae ") + version), qPrintable(text.out));
    }
};

QTEST_MAIN(TestPackaging)
#include "test_packaging.moc"
