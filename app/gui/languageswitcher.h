#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace negvae {

// Switches the user interface language while the application runs. Installing a translator
// makes Qt send LanguageChange to every widget, whose retranslateUi() then sets its texts
// again, so a new language needs no restart. Qt's own translations are installed beside
// negvae's so standard dialogs and buttons follow the same choice. The choice is kept in
// QSettings ("ui/language").
class LanguageSwitcher : public QObject {
    Q_OBJECT

public:
    struct Language {
        QString code;       // "en", "de", "hu"
        QString nativeName; // shown in the menu as the language calls itself, never translated
    };

    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // The languages offered: English (the source language) and every compiled translation.
    static QList<Language> languages();
    // The stored choice, else the system's language when it is offered, else English.
    static QString preferredLanguage();

    QString language() const { return m_language; }
    // Installs code's translators and stores the choice. False, changing nothing, for a
    // language that is not offered or whose translation cannot be loaded.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language = QStringLiteral("en");
};

} // namespace negvae
