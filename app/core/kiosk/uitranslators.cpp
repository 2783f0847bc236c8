#include "uitranslators.h"

#include <QCoreApplication>
#include <QFile>

UiTranslators::~UiTranslators()
{
    for (QTranslator *t : std::as_const(m_installed))
        QCoreApplication::removeTranslator(t);
}

void UiTranslators::usePack(std::shared_ptr<const Content> content)
{
    if (content == m_pack)
        return;
    // Nothing installed may point into the old pack's catalogues once it goes.
    for (QTranslator *t : std::as_const(m_installed))
        QCoreApplication::removeTranslator(t);
    m_installed.clear();
    m_packOwn.clear();
    m_pack = std::move(content);
    if (!m_pack)
        return;
    for (const UiCatalogue &catalogue : m_pack->catalogues) {
        auto translator = std::make_unique<QTranslator>();
        const auto *data = reinterpret_cast<const uchar *>(catalogue.qm.constData());
        if (translator->load(data, int(catalogue.qm.size())))
            m_packOwn[catalogue.language] = std::move(translator);
        else
            qWarning("%s: Qt could not load its compiled words", qPrintable(catalogue.file));
    }
}

QString UiTranslators::builtInPath(const QString &language)
{
    return QStringLiteral(":/i18n/lactation-kiosk_") + language + QStringLiteral(".qm");
}

QList<QTranslator *> UiTranslators::chain(const QString &language) const
{
    QList<QTranslator *> chain;
    if (const auto own = m_packOwn.find(language); own != m_packOwn.end())
        chain.append(own->second.get());
    auto &builtIn = m_builtIn[language];
    if (!builtIn) {
        builtIn = std::make_unique<QTranslator>();
        const QString path = builtInPath(language);
        if (QFile::exists(path) && !builtIn->load(path))
            qWarning("%s: Qt could not load the built-in words", qPrintable(path));
    }
    if (!builtIn->isEmpty())
        chain.append(builtIn.get());
    return chain;
}

void UiTranslators::install(const QString &language, const QString &fallback)
{
    for (QTranslator *t : std::as_const(m_installed))
        QCoreApplication::removeTranslator(t);
    m_installed.clear();
    // The translator installed last is asked first.
    QList<QTranslator *> order;
    if (fallback != language)
        order = chain(fallback);
    order = chain(language) + order;
    for (auto t = order.crbegin(); t != order.crend(); ++t) {
        if (QCoreApplication::installTranslator(*t))
            m_installed.append(*t);
    }
}

QString UiTranslators::translate(
    const QString &language, const char *context, const char *source) const
{
    QList<QTranslator *> order = chain(language);
    if (m_pack)
        order += chain(m_pack->pack.defaultLanguage());
    for (const QTranslator *t : std::as_const(order)) {
        const QString said = t->translate(context, source);
        if (!said.isEmpty())
            return said;
    }
    return QString::fromUtf8(source);
}

QString UiTranslators::state(const QString &language) const
{
    return UiCatalogues::state(language, m_pack ? m_pack->catalogues : QList<UiCatalogue>());
}
