#pragma once

#include "content.h"
#include "storelistmodel.h"

#include <QDateTime>

/** Services from the pack's HSDS file in the visitor's language, optionally of some kinds. */
class ServiceModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY kindsChanged)
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)

public:
    enum Role
    {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        DescriptionRole,
        OrganizationRole,
        PhonesRole, ///< ready to show: "1-800-994-9662 ext. 100"
        LanguagesRole, ///< codes
        EligibilityRole,
        FeesRole,
        ApplicationProcessRole,
        AccreditationsRole,
        UrlRole,
        EmailRole,
        AlertRole,
        HoursRole, ///< the schedules' own words
        OpenStateRole, ///< "open", "closed" or "" when the hours are not known
        OpenTextRole, ///< "Open now", "Open 24 hours", "Opens Monday 08:00" (site's zone)
        AddressRole,
        ContentLanguageRole, ///< the language it is written in: not the visitor's when hers lacks it
    };
    Q_ENUM(Role)

    explicit ServiceModel(QObject *parent = nullptr);

    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &kinds);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void kindsChanged();
    void nowChanged();

protected:
    int rows() const override { return int(m_rows.size()); }
    void fill() override;

private:
    QString openState(const Service &s) const;
    QString openText(const Service &s) const;

    QStringList m_kinds;
    QDateTime m_now;
    QList<Service> m_rows;
};
