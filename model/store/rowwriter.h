#pragma once

// Writes objects of a ProjectData to their rows (internal to model/store).

#include "sqlitedb.h"

#include "core/project.h"

#include <array>
#include <memory>

namespace tb::store {

/// Holds the write statements of one connection, prepared once and reused for every edit.
class RowWriter final
{
public:
    static Result<std::unique_ptr<RowWriter>> prepare(sql::Database &db);

    /// Writes what `change` names as `data` now has it: upserts what exists, deletes what is
    /// gone. The caller owns the transaction.
    Result<void> write(const ProjectData &data, const Change &change);

    /// A change naming everything in `data`, for writing a whole project.
    static Change everything(const ProjectData &data);

private:
    explicit RowWriter(sql::Database &db) : m_db(db) {}

    bool writeObject(const ProjectData &data, const Id &id);
    bool writeProduct(const ProjectData &data);
    bool writeDiagram(const Diagram &diagram);
    bool writeElement(const Element &element);
    bool writeFlow(const Flow &flow);
    bool writeBoundary(const Boundary &boundary);
    bool writeAsset(const DataAsset &asset);
    bool writeThreat(const Threat &threat);
    bool writeTask(const MitigationTask &task);
    bool writeComponent(const Component &component);
    bool writeSbom(const SbomInfo &sbom);
    bool writeStudyItem(const StudyItem &item);
    bool writeStudySettings(const StudySettings &settings);
    bool writeCriteria(const RiskCriteria &criteria);
    bool writeTreatment(const ProjectData &data, const Id &subject);
    bool writeDecision(const ProjectData &data, const QString &annexId);
    bool writeSetting(const ProjectData &data, const QString &key);
    bool writePlacement(const ProjectData &data, const Id &diagram, const Id &object);
    bool deleteObject(const Id &id);

    sql::Database &m_db;
    sql::Statement m_product;
    sql::Statement m_diagram;
    sql::Statement m_element;
    sql::Statement m_flow;
    sql::Statement m_boundary;
    sql::Statement m_asset;
    sql::Statement m_threat;
    sql::Statement m_task;
    sql::Statement m_component;
    sql::Statement m_sbom;
    sql::Statement m_deleteSbom;
    sql::Statement m_studyItem;
    sql::Statement m_studySettings;
    sql::Statement m_deleteStudySettings;
    sql::Statement m_criteria;
    sql::Statement m_deleteCriteria;
    sql::Statement m_treatment;
    sql::Statement m_deleteTreatment;
    sql::Statement m_setting;
    sql::Statement m_deleteSetting;
    sql::Statement m_decision;
    sql::Statement m_deleteDecision;
    sql::Statement m_placement;
    sql::Statement m_deletePlacement;
    sql::Statement m_deleteDiagramPlacements;
    std::array<sql::Statement, 9> m_deleteById; // one per object table

    // Threats come by the hundred thousand: their columns are encoded into buffers that keep
    // their capacity from row to row and are bound without a copy.
    std::array<QByteArray, 10> m_threatColumns;
    std::array<QByteArray, 6> m_categoryKeys; // by StrideCategory
    std::array<QByteArray, 6> m_statusNames;  // by ThreatStatus
};

} // namespace tb::store
