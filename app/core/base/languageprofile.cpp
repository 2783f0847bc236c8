#include "languageprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace {

/** languages.json, read once. */
const QJsonObject &builtIn()
{
    static const QJsonObject table = [] {
        QFile file(QStringLiteral(":/lactation/languages.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("languages: the built-in language profiles are missing from the binary");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return table;
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

/** The locale's long date without its year: "dddd, MMMM d, yyyy" → "dddd, MMMM d". */
QString withoutYear(const QString &format)
{
    static const QRegularExpression year(QStringLiteral("[\\s,./-]*y+[年년]?"));
    QString out = format;
    out.remove(year);
    static const QRegularExpression edges(QStringLiteral("^[\\s,./-]+|[\\s,./-]+$"));
    return out.remove(edges);
}

void applySpeech(LanguageProfile::Speech &speech, const QJsonObject &fields)
{
    if (fields.contains(u"and"))
        speech.conjunction = fields.value(u"and").toString();
    if (fields.contains(u"rangeTo"))
        speech.rangeTo = fields.value(u"rangeTo").toString();
    if (fields.contains(u"dayPeriods")) {
        speech.dayPeriods.clear();
        for (const QJsonValue &period : fields.value(u"dayPeriods").toArray())
            speech.dayPeriods.append(
                { period.toArray().at(0).toInt(), period.toArray().at(1).toString() });
    }
    if (fields.contains(u"digitSeparator"))
        speech.digitSeparator = fields.value(u"digitSeparator").toString();
    if (fields.contains(u"groupSeparator"))
        speech.groupSeparator = fields.value(u"groupSeparator").toString();
    if (fields.contains(u"fullStop"))
        speech.fullStop = fields.value(u"fullStop").toString();
}

void apply(LanguageProfile &p, const QJsonObject &fields)
{
    const auto text = [&fields](QStringView key, QString &into) {
        if (fields.contains(key))
            into = fields.value(key).toString();
    };
    if (fields.contains(u"locale")) {
        p.locale = QLocale(fields.value(u"locale").toString());
        p.direction = p.locale.textDirection();
        p.script = QLocale::scriptToCode(p.locale.script());
    }
    text(u"name", p.nativeName);
    if (fields.contains(u"direction"))
        p.direction
            = fields.value(u"direction").toString() == u"rtl" ? Qt::RightToLeft : Qt::LeftToRight;
    text(u"script", p.script);
    if (fields.contains(u"fonts")) {
        p.fonts.clear();
        for (const QJsonValue &family : fields.value(u"fonts").toArray())
            p.fonts.append(family.toString());
    }
    text(u"clock", p.clock);
    text(u"am", p.am);
    text(u"pm", p.pm);
    text(u"dateFormat", p.dateFormat);
    text(u"timeFormat", p.timeFormat);
    if (fields.contains(u"voice")) {
        const QJsonObject voice = fields.value(u"voice").toObject();
        p.voice.name = voice.value(u"name").toString();
        p.voice.locale = QLocale(voice.value(u"locale").toString(p.tag));
    }
    if (fields.contains(u"speech"))
        applySpeech(p.speech, fields.value(u"speech").toObject());
}

/** The families that draw @p script: languages.json's _fonts, else Noto's name for it. */
QStringList fontsFor(const QString &script)
{
    const QJsonArray listed = builtIn().value(u"_fonts").toObject().value(script).toArray();
    QStringList families;
    for (const QJsonValue &family : listed)
        families.append(family.toString());
    if (families.isEmpty() && !script.isEmpty()) {
        const QLocale::Script code = QLocale::codeToScript(script);
        if (code != QLocale::AnyScript)
            families.append(QStringLiteral("Noto Sans ") + QLocale::scriptToString(code));
    }
    const QString base = QStringLiteral("Noto Sans");
    if (!families.contains(base))
        families.append(base);
    return families;
}

} // namespace

QString LanguageProfile::Speech::dayPeriod(int hour24) const
{
    QString words;
    for (const auto &[from, said] : dayPeriods) {
        if (hour24 >= from)
            words = said;
    }
    return words;
}

LanguageProfile LanguageProfile::of(const QString &tag, const QJsonObject &overrides)
{
    // First what Qt's locale data says of the tag, then the built-in profile, then the pack's.
    LanguageProfile p;
    p.tag = tag;
    p.locale = QLocale(tag);
    p.nativeName = capitalized(p.locale.nativeLanguageName());
    p.direction = p.locale.textDirection();
    p.script = QLocale::scriptToCode(p.locale.script());
    p.dateFormat = withoutYear(p.locale.dateFormat(QLocale::LongFormat));
    if (!p.locale.amText().isEmpty() && !p.locale.pmText().isEmpty())
        p.speech.dayPeriods = { { 0, p.locale.amText() }, { 12, p.locale.pmText() } };
    apply(p, builtIn().value(tag).toObject());
    apply(p, overrides);
    if (p.fonts.isEmpty())
        p.fonts = fontsFor(p.script);
    return p;
}

bool LanguageProfile::isBuiltIn(const QString &tag)
{
    return builtIn().contains(tag) && !tag.startsWith(u'_');
}

QStringList LanguageProfile::check(const QJsonObject &fields)
{
    static const QStringList texts { QStringLiteral("locale"), QStringLiteral("name"),
        QStringLiteral("script"), QStringLiteral("am"), QStringLiteral("pm"),
        QStringLiteral("dateFormat"), QStringLiteral("timeFormat") };
    QStringList wrong;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (texts.contains(key)) {
            if (!value.isString())
                wrong.append(QStringLiteral("%1: must be a string").arg(key));
        } else if (key == u"direction") {
            if (value.toString() != u"ltr" && value.toString() != u"rtl")
                wrong.append(QStringLiteral("direction: must be \"ltr\" or \"rtl\""));
        } else if (key == u"clock") {
            if (value.toString() != u"12h" && value.toString() != u"24h")
                wrong.append(QStringLiteral("clock: must be \"12h\" or \"24h\""));
        } else if (key == u"fonts") {
            const QJsonArray families = value.toArray();
            if (!value.isArray()
                || std::any_of(families.begin(), families.end(), [](const QJsonValue &f) {
                       return !f.isString();
                   }))
                wrong.append(QStringLiteral("fonts: must be a list of font family names"));
        } else if (key == u"voice") {
            if (!value.isObject() || !value.toObject().value(u"name").isString())
                wrong.append(QStringLiteral("voice: must be an object with a \"name\""));
        } else if (key == u"speech") {
            if (!value.isObject())
                wrong.append(QStringLiteral("speech: must be an object"));
        } else {
            wrong.append(QStringLiteral("%1: not a field of a language profile").arg(key));
        }
    }
    return wrong;
}

QString LanguageProfile::isolated(const QString &text) const
{
    if (!rightToLeft() || text.isEmpty())
        return text;
    // A run starts and ends with a Latin letter or a Western digit (a + or an opening parenthesis
    // may lead, a closing one may end it) and holds only those, spaces and the punctuation of
    // numbers, times and addresses; the Arabic around it ends it.
    static const QRegularExpression run(QStringLiteral(
        "[+(]?[0-9A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF}]"
        "(?:[0-9A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF} ()+\\-\\x{2010}-\\x{2015}:.,/@&'\\x{2019}_#*%]*"
        "[0-9A-Za-z\\x{00C0}-\\x{024F}\\x{1E00}-\\x{1EFF})])?"));
    static constexpr QChar Lri(0x2066);
    static constexpr QChar Pdi(0x2069);
    QString out;
    out.reserve(text.size() + 8);
    qsizetype from = 0;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += Lri;
        out += m.capturedView();
        out += Pdi;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QVariant LanguageProfile::isolated(const QVariant &value) const
{
    if (!rightToLeft())
        return value;
    if (value.typeId() == QMetaType::QString)
        return isolated(value.toString());
    if (value.typeId() == QMetaType::QStringList) {
        QStringList lines = value.toStringList();
        for (QString &line : lines)
            line = isolated(line);
        return lines;
    }
    return value;
}
