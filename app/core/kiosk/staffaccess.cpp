#include "staffaccess.h"

#include "durablefile.h"
#include "tufkeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <sodium.h>

StaffAccess::StaffAccess(QString pinHash, QString lockoutFile, Clock clock)
    : m_hash(std::move(pinHash))
    , m_file(std::move(lockoutFile))
    , m_clock(std::move(clock))
{
    initCrypto();
    QFile f(m_file);
    if (!m_file.isEmpty() && f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
        m_failures = o.value(u"failures").toInt();
        m_lockouts = o.value(u"lockouts").toInt();
        m_lockedUntil = QDateTime::fromString(o.value(u"lockedUntil").toString(), Qt::ISODate);
    }
}

QDateTime StaffAccess::lockedUntil() const
{
    return m_lockedUntil.isValid() && m_lockedUntil > now() ? m_lockedUntil : QDateTime();
}

StaffAccess::Result StaffAccess::check(const QString &pin)
{
    if (m_hash.isEmpty())
        return Result::NoPin;
    if (lockedUntil().isValid())
        return Result::LockedOut;
    const QByteArray hash = m_hash.toLatin1();
    const QByteArray typed = pin.toUtf8();
    if (crypto_pwhash_str_verify(hash.constData(), typed.constData(), typed.size()) == 0) {
        m_failures = 0;
        m_lockouts = 0;
        m_lockedUntil = {};
        save();
        return Result::Granted;
    }
    if (++m_failures >= AttemptsBeforeLockout) {
        // 5 min, then 10, 20, … (capped at a day): guessing a 4-digit PIN takes years.
        const int seconds = int(
            std::min<qint64>(qint64(FirstLockoutSeconds) << std::min(m_lockouts, 16), 24 * 3600));
        m_lockedUntil = now().addSecs(seconds);
        ++m_lockouts;
        m_failures = 0;
    }
    save();
    return lockedUntil().isValid() ? Result::LockedOut : Result::Wrong;
}

void StaffAccess::save() const
{
    if (m_file.isEmpty())
        return;
    QString why;
    writeDurably(m_file,
        QJsonDocument(QJsonObject { { QStringLiteral("failures"), m_failures },
                          { QStringLiteral("lockouts"), m_lockouts },
                          { QStringLiteral("lockedUntil"),
                              m_lockedUntil.isValid()
                                  ? QJsonValue(m_lockedUntil.toUTC().toString(Qt::ISODate))
                                  : QJsonValue() } })
            .toJson(),
        &why);
}

bool StaffAccess::isValidPin(const QString &pin, QString *why)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (digits.match(pin).hasMatch())
        return true;
    *why = QStringLiteral("a PIN is 4 to 12 digits");
    return false;
}

QString StaffAccess::hashPin(const QString &pin, QString *why)
{
    if (!isValidPin(pin, why))
        return {};
    initCrypto();
    char out[crypto_pwhash_STRBYTES];
    const QByteArray typed = pin.toUtf8();
    if (crypto_pwhash_str_alg(out, typed.constData(), typed.size(),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *why = QStringLiteral("not enough memory to hash the PIN");
        return {};
    }
    return QString::fromLatin1(out);
}

bool StaffAccess::writePinHash(const QString &ini, const QString &hash, QString *why)
{
    QFile f(ini);
    QStringList lines;
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read %1: %2").arg(ini, f.errorString());
            return false;
        }
        lines = QString::fromUtf8(f.readAll()).split(u'\n');
        f.close();
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }
    static const QRegularExpression group(QStringLiteral("^\\s*\\[(.*)\\]\\s*$"));
    static const QRegularExpression key(QStringLiteral("^\\s*pin_hash\\s*="));
    // Quoted: the hash holds commas, which QSettings would otherwise read as a list.
    const QString line = QStringLiteral("pin_hash = \"") + hash + u'"';
    qsizetype staffAt = -1;
    qsizetype insertAt = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto g = group.match(lines.at(i));
        if (g.hasMatch()) {
            if (staffAt >= 0 && insertAt < 0)
                insertAt = i; // the end of [staff]
            if (g.captured(1).trimmed() == u"staff")
                staffAt = i;
            continue;
        }
        if (staffAt >= 0 && insertAt < 0 && key.match(lines.at(i)).hasMatch()) {
            lines[i] = line;
            return writeDurably(ini, (lines.join(u'\n') + u'\n').toUtf8(), why);
        }
    }
    if (staffAt < 0) {
        lines << QString() << QStringLiteral("[staff]") << line;
    } else {
        if (insertAt < 0)
            insertAt = lines.size();
        // After the group's last non-blank line.
        while (insertAt > staffAt + 1 && lines.at(insertAt - 1).trimmed().isEmpty())
            --insertAt;
        lines.insert(insertAt, line);
    }
    return writeDurably(ini, (lines.join(u'\n') + u'\n').toUtf8(), why);
}

bool StaffAccess::setPin(const QString &ini, const QString &pin, QString *why)
{
    const QString hash = hashPin(pin, why);
    return !hash.isEmpty() && writePinHash(ini, hash, why);
}
