#pragma once

// Internals of the Threagile importer (threagile*.cpp), not a public API.

#include "core/projectdata.h"
#include "core/propertycatalog.h"
#include "foreignimport.h"
#include "yamlreader.h"

namespace tb::threagile {

class Importer final
{
public:
    explicit Importer(const QString &fileName);
    Result<Imported> run(const QByteArray &bytes);

private:
    // threagileimport.cpp
    void readRoot(ForeignObject &root);
    void readDataAssets(ForeignObject &root);
    void readBoundaries(ForeignObject &root);
    void nestBoundaries();
    void readRiskTracking(ForeignObject &root);
    QString subject(const QString &path) const;
    // threagileimportassets.cpp
    void readTechnicalAssets(ForeignObject &root);
    void addAsset(const QString &name, ForeignObject &a);
    void readLinks();
    void addLink(const Id &source, const QString &name, ForeignObject &link);
    void put(Properties &props, PropertyTarget target, const QString &key, const QJsonValue &value,
             const QString &subject);
    QList<Id> dataRefs(ForeignObject &o, const QString &key, const QString &subject);

    ImportContext m_ctx;
    QString m_file;
    ProjectData m_data;
    QHash<QString, Id> m_assetIds, m_dataIds, m_boundaryIds; // Threagile id -> ours
    QList<Id> m_elementOrder, m_boundaryOrder, m_flowOrder;
    QHash<Id, QStringList> m_nested; // boundary -> Threagile ids nested in it
    QHash<Id, QString> m_nestedPath;
    QList<std::pair<Id, std::pair<QJsonValue, QString>>> m_links; // source, links object, path
    int m_receivedMerged = 0;
};

} // namespace tb::threagile
