#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace negvae {

namespace {

const QString languageKey = QStringLiteral("ui/language");

// qt_add_translations embeds the compiled .ts files here (app/CMakeLists.txt).
QString translationFile(const QString& code)
{
    return QStringLiteral(":/i18n/negvae_%1.qm").arg(code);
}

bool offered(const QString& code)
{
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("hu"), QStringLiteral("Magyar")}};
}

QString LanguageSwitcher::preferredLanguage()
{
    const QString stored = QSettings().value(languageKey).toString();
    if (offered(stored))
        return stored;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return offered(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    if (!offered(code))
        return false;
    if (code == m_language && (code == QLatin1String("en") || m_appInstalled)) {
        QSettings().setValue(languageKey, code);
        return true;
    }
    // Loaded into a fresh translator first, so that a missing file leaves the current
    // language in place rather than half of the interface untranslated.
    if (code != QLatin1String("en")) {
        QTranslator probe;
        if (!probe.load(translationFile(code)))
            return false;
    }
    removeTranslators();
    if (code != QLatin1String("en")) {
        m_appInstalled = m_app.load(translationFile(code)) && QCoreApplication::installTranslator(&m_app);
        // Qt's own strings (dialog buttons, context menus); absent when the distribution's Qt
        // translations are not installed, in which case those stay English.
        m_qtInstalled = m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                     && QCoreApplication::installTranslator(&m_qt);
    }
    m_language = code;
    QSettings().setValue(languageKey, code);
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

} // namespace negvae
