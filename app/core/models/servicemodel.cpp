#include "servicemodel.h"

#include "displaytext.h"
#include "openinghours.h"
#include "visit.h"

#include <QCoreApplication>

ServiceModel::ServiceModel(QObject *parent)
    : StoreListModel(parent)
{
}

void ServiceModel::setKinds(const QStringList &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    Q_EMIT kindsChanged();
    rebuild();
}

void ServiceModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    Q_EMIT nowChanged();
    rebuild();
}

void ServiceModel::fill()
{
    m_rows.clear();
    if (!visit())
        return;
    for (const Service &s : visit()->content()->servicesFor(visit()->language())) {
        if (s.status != u"active" && s.status != u"temporarily closed")
            continue;
        if (m_kinds.isEmpty() || m_kinds.contains(s.kind))
            m_rows.append(s);
    }
}

QString ServiceModel::openState(const Service &s) const
{
    if (!m_now.isValid())
        return {};
    const auto state = openingState(s.schedules, m_now, visit()->content()->pack.timeZone);
    if (!state)
        return {};
    return state->open ? QStringLiteral("open") : QStringLiteral("closed");
}

QString ServiceModel::openText(const Service &s) const
{
    if (!m_now.isValid())
        return {};
    const QTimeZone site = visit()->content()->pack.timeZone;
    const auto clock = DisplayText::Clock::of(visit()->content()->pack, visit()->profile());
    const auto state = openingState(s.schedules, m_now, site);
    if (!state)
        return {};
    if (state->alwaysOpen)
        return QCoreApplication::translate("ServiceModel", "Open 24 hours");
    if (state->open)
        return QCoreApplication::translate("ServiceModel", "Open now, until %1")
            .arg(DisplayText::time(state->closes.toTimeZone(site).time(), clock));
    if (!state->opens.isValid())
        return QCoreApplication::translate("ServiceModel", "Closed now");
    // Computed in the service's zone, shown in the site's: the mother's clock is the site's.
    const QDateTime opens = state->opens.toTimeZone(site);
    return QCoreApplication::translate("ServiceModel", "Closed now, opens %1 %2")
        .arg(DisplayText::relativeDay(
                 opens.date(), m_now.toTimeZone(site).date(), visit()->profile()),
            DisplayText::time(opens.time(), clock));
}

static QStringList phoneLines(const Service &s)
{
    QStringList out;
    for (const ServicePhone &p : s.phones) {
        QString line = p.number;
        if (!p.extension.isEmpty())
            line += QCoreApplication::translate("ServiceModel", " ext. %1").arg(p.extension);
        if (!p.description.isEmpty())
            line += QStringLiteral(" – ") + p.description;
        out.append(line);
    }
    return out;
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return shown(s.name, s.language);
    case ServiceIdRole:
        return s.id;
    case KindRole:
        return s.kind;
    case DescriptionRole:
        return shown(s.description, s.language);
    case OrganizationRole:
        return shown(s.organization, s.language);
    case PhonesRole:
        return shown(phoneLines(s), s.language);
    case LanguagesRole:
        return s.languages;
    case EligibilityRole:
        return shown(s.eligibility, s.language);
    case FeesRole:
        return shown(s.fees.isEmpty() ? s.costOptions.join(u'\n') : s.fees, s.language);
    case ApplicationProcessRole:
        return shown(s.applicationProcess, s.language);
    case AccreditationsRole:
        return shown(s.accreditations, s.language);
    case UrlRole:
        return s.url;
    case EmailRole:
        return s.email;
    case AlertRole:
        return shown(s.alert, s.language);
    case HoursRole:
        return shown(s.hoursText(), s.language);
    case OpenStateRole:
        return openState(s);
    case OpenTextRole:
        return shown(openText(s), s.language);
    case AddressRole:
        return shown(s.addresses.join(u'\n'), s.language);
    case ContentLanguageRole:
        return s.language;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceModel::roleNames() const
{
    return {
        { ServiceIdRole, "serviceId" },
        { NameRole, "name" },
        { KindRole, "kind" },
        { DescriptionRole, "description" },
        { OrganizationRole, "organization" },
        { PhonesRole, "phones" },
        { LanguagesRole, "languages" },
        { EligibilityRole, "eligibility" },
        { FeesRole, "fees" },
        { ApplicationProcessRole, "applicationProcess" },
        { AccreditationsRole, "accreditations" },
        { UrlRole, "url" },
        { EmailRole, "email" },
        { AlertRole, "alert" },
        { HoursRole, "hours" },
        { OpenStateRole, "openState" },
        { OpenTextRole, "openText" },
        { AddressRole, "address" },
        { ContentLanguageRole, "contentLanguage" },
    };
}
