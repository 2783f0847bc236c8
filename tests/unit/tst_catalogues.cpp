// The UI's own words in every built-in language: each Qt Linguist catalogue in qml/i18n/ has every
// message the source has (lupdate keeps most of them; Haitian Creole's is kept by hand), a
// translation for each, the same %-placeholders, and one plural form per form of its language.
// Whether a person has reviewed a translation is the catalogue's finished mark; the test prints it
// and the README's table must say the same.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool numerus = false;
    bool finished = false;
};

struct Catalogue
{
    QString language; ///< the TS element's language attribute
    QList<Message> messages;
};

Catalogue read(const QString &path)
{
    Catalogue out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            out.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message { context, {}, {},
                xml.attributes().value(QStringLiteral("numerus")) == u"yes", false };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            out.messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s at line %lld", qPrintable(path), qPrintable(xml.errorString()),
            xml.lineNumber());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = mark.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

/** Plural forms a language has in Qt's rules (Qt Linguist's numerus forms). */
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms { { QStringLiteral("ar"), 6 },
        { QStringLiteral("ru"), 3 }, { QStringLiteral("zh"), 1 }, { QStringLiteral("vi"), 1 },
        { QStringLiteral("ko"), 1 }, { QStringLiteral("ht"), 1 }, { QStringLiteral("ja"), 1 } };
    return forms.value(language.section(u'_', 0, 0), 2);
}

const QString i18n = QStringLiteral(KIOSK_SOURCE_DIR "/qml/i18n");

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasEveryWord_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(i18n).entryList({ QStringLiteral("*.ts") }, QDir::Files);
        QVERIFY(files.size() >= 12);
        for (const QString &file : files) {
            if (file != u"lactation-kiosk_en.ts") // English is the source: plurals only
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void everyLanguageHasEveryWord()
    {
        QFETCH(QString, file);
        // Spanish's catalogue is lupdate's: it has every message of the sources.
        const Catalogue reference = read(i18n + QStringLiteral("/lactation-kiosk_es.ts"));
        const Catalogue catalogue = read(i18n + u'/' + file);
        QVERIFY(!reference.messages.isEmpty());
        QHash<QString, Message> byKey;
        for (const Message &m : catalogue.messages)
            byKey.insert(m.context + u'\x1f' + m.source, m);
        QStringList wrong;
        int finished = 0;
        for (const Message &source : reference.messages) {
            const QString where = source.context + QStringLiteral(": \"") + source.source + u'"';
            const auto it = byKey.constFind(source.context + u'\x1f' + source.source);
            if (it == byKey.cend()) {
                wrong.append(where + QStringLiteral(" is missing"));
                continue;
            }
            finished += it->finished ? 1 : 0;
            const int forms = it->numerus ? pluralForms(catalogue.language) : 1;
            if (it->translations.size() != forms)
                wrong.append(where + QStringLiteral(": %1 forms, %2 expected")
                                         .arg(it->translations.size())
                                         .arg(forms));
            for (const QString &t : it->translations) {
                if (t.trimmed().isEmpty())
                    wrong.append(where + QStringLiteral(" has no translation"));
                else if (placeholders(t) != placeholders(source.source)
                    && !(it->numerus && placeholders(t).isEmpty() && forms > 2))
                    wrong.append(where + QStringLiteral(": \"") + t
                        + QStringLiteral("\" does not keep ")
                        + placeholders(source.source).join(u' '));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(file + u'\n' + wrong.join(u'\n')));
        qInfo("%s: %lld messages, %d reviewed (finished), %lld unreviewed", qPrintable(file),
            reference.messages.size(), finished, reference.messages.size() - finished);
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
