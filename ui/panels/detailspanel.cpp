#include "detailspanel.h"

#include "core/diagramlevels.h"
#include "core/propertycatalog.h"
#include "i18n/translations.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tb {

struct DetailsPanel::Private
{
    QLabel *title = nullptr;
    QLabel *subtitle = nullptr;
    QScrollArea *scroll = nullptr;
    QFormLayout *form = nullptr;
    Id shown;
};

namespace {
QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? DetailsPanel::tr("yes") : DetailsPanel::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << jsonText(item);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString namesOf(const ProjectData &d, const QList<Id> &assets)
{
    QStringList names;
    for (const Id &id : assets)
        names << d.assets.value(id).name;
    return names.join(QStringLiteral(", "));
}

QString kindLabel(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return DetailsPanel::tr("External entity");
    case ElementKind::Process:
        return DetailsPanel::tr("Process");
    case ElementKind::DataStore:
        return DetailsPanel::tr("Data store");
    }
    return {};
}
} // namespace

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    d->title = new QLabel(this);
    d->title->setObjectName(QStringLiteral("detailsTitle"));
    QFont big = d->title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    d->title->setFont(big);
    d->title->setWordWrap(true);
    d->title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->subtitle = new QLabel(this);
    d->subtitle->setForegroundRole(QPalette::PlaceholderText);
    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(d->title);
    layout->addWidget(d->subtitle);
    layout->addWidget(d->scroll, 1);
    clear();
}

DetailsPanel::~DetailsPanel() = default;

Id DetailsPanel::shownObject() const
{
    return d->shown;
}

QString DetailsPanel::title() const
{
    return d->title->text();
}

void DetailsPanel::clear()
{
    showObject({}, {});
}

void DetailsPanel::showObject(const ProjectData &project, const Id &id)
{
    // A fresh form each time: objects of different types have different fields. It is filled
    // before it goes into the (possibly visible) scroll area, which then shows it.
    auto *content = new QWidget;
    d->form = new QFormLayout(content);
    d->form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    d->shown = id;
    fillForm(project, id);
    d->scroll->setWidget(content);
    content->show();
}

void DetailsPanel::fillForm(const ProjectData &project, const Id &id)
{

    auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? QStringLiteral("\u2014") : value);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        d->form->addRow(label, field);
    };
    auto heading = [this](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        label->setContentsMargins(0, 8, 0, 0);
        d->form->addRow(label);
    };
    auto properties = [&](const Properties &props) {
        heading(tr("Properties"));
        if (props.isEmpty())
            row(tr("(none set)"), {});
        for (auto it = props.cbegin(); it != props.cend(); ++it) {
            const PropertyDefinition *def = PropertyCatalog::builtIn().definition(it.key());
            row(def ? def->label : it.key(), jsonText(*it));
        }
    };
    const QString zoneName = tr("(outside every zone)");

    switch (project.typeOf(id)) {
    case ObjectType::None:
        d->title->setText(tr("Nothing selected"));
        d->subtitle->setText(tr("Select an object in the project tree or the diagram."));
        return;
    case ObjectType::Product: {
        const Product &p = project.product;
        d->title->setText(p.name);
        d->subtitle->setText(tr("Product"));
        row(tr("Version"), p.version);
        row(tr("Manufacturer"), p.manufacturer);
        row(tr("Intended purpose"), p.intendedPurpose);
        row(tr("CRA class"), craClassName(p.craClass));
        row(tr("Support end"),
            p.supportEnd.isValid() ? p.supportEnd.toString(Qt::ISODate) : tr("not decided"));
        return;
    }
    case ObjectType::Diagram: {
        const Diagram &g = project.diagrams[id];
        d->title->setText(g.name);
        d->subtitle->setText(g.parent.isNull() ? tr("Diagram") : tr("Detail diagram"));
        if (!g.parent.isNull())
            row(tr("Details"), project.elements.contains(g.parent)
                                   ? project.elements[g.parent].name
                                   : tr("an element since removed"));
        row(tr("Objects drawn"), QString::number(g.placements.size()));
        return;
    }
    case ObjectType::Element: {
        const Element &e = project.elements[id];
        d->title->setText(e.name);
        d->subtitle->setText(kindLabel(e.kind));
        const Stencil *s = PropertyCatalog::builtIn().stencil(e.stencil);
        row(tr("Stencil"), s ? s->label : e.stencil);
        row(tr("Zone"), e.zone.isNull() ? zoneName : project.boundaries.value(e.zone).name);
        row(tr("Description"), e.description);
        row(tr("Flows"), QString::number(project.flowsAttachedTo(id).size()));
        if (const Id detail = detailDiagramOf(project, id); !detail.isNull())
            row(tr("Detail diagram"), project.diagrams[detail].name);
        if (e.kind == ElementKind::DataStore)
            row(tr("Data assets"), namesOf(project, e.assets));
        properties(e.properties);
        break;
    }
    case ObjectType::Flow: {
        const Flow &f = project.flows[id];
        d->title->setText(f.name);
        d->subtitle->setText(tr("Data flow"));
        row(tr("From"), project.elements.value(f.source).name);
        row(tr("To"), project.elements.value(f.target).name);
        row(tr("Protocol"), f.protocol);
        row(tr("Description"), f.description);
        row(tr("Data assets"), namesOf(project, f.assets));
        properties(f.properties);
        break;
    }
    case ObjectType::Boundary: {
        const Boundary &b = project.boundaries[id];
        d->title->setText(b.name);
        d->subtitle->setText(b.kind == BoundaryKind::Zone ? tr("Trust zone") : tr("Line boundary"));
        row(tr("Trust level"), tr("%1 of %2").arg(b.trustLevel).arg(kMaxTrustLevel));
        if (b.kind == BoundaryKind::Zone)
            row(tr("Inside"),
                b.parent.isNull() ? tr("(top level)") : project.boundaries.value(b.parent).name);
        row(tr("Description"), b.description);
        properties(b.properties);
        break;
    }
    case ObjectType::DataAsset: {
        const DataAsset &a = project.assets[id];
        d->title->setText(a.name);
        d->subtitle->setText(tr("Data asset"));
        row(tr("Classification"), a.classification);
        row(tr("Confidentiality"), tr("%1 of %2").arg(a.confidentiality).arg(kMaxNeedLevel));
        row(tr("Integrity"), tr("%1 of %2").arg(a.integrity).arg(kMaxNeedLevel));
        row(tr("Availability"), tr("%1 of %2").arg(a.availability).arg(kMaxNeedLevel));
        row(tr("Description"), a.description);
        break;
    }
    case ObjectType::Threat: {
        const Threat &t = project.threats[id];
        d->title->setText(t.title);
        d->subtitle->setText(tr("Threat \u00b7 %1").arg(displayTerm(categoryTitle(t.category))));
        row(tr("Status"), threatStatusName(t.status));
        row(tr("Justification"), t.justification);
        row(tr("Likelihood"), tr("%1 of %2").arg(t.likelihood).arg(kMaxRating));
        row(tr("Impact"), tr("%1 of %2").arg(t.impact).arg(kMaxRating));
        row(tr("Template"), t.templateId.isEmpty() ? tr("(added by hand)") : t.templateId);
        row(tr("CRA Annex I"), t.annex.join(QStringLiteral(", ")));
        row(tr("Description"), t.description);
        break;
    }
    case ObjectType::Task: {
        const MitigationTask &t = project.tasks[id];
        d->title->setText(t.title);
        d->subtitle->setText(tr("Mitigation task"));
        row(tr("Status"), taskStatusName(t.status));
        row(tr("Owner"), t.owner);
        row(tr("Due"), t.due.isValid() ? t.due.toString(Qt::ISODate) : QString());
        row(tr("Threats answered"), QString::number(t.threats.size()));
        row(tr("CRA Annex I"), t.annex.join(QStringLiteral(", ")));
        row(tr("Evidence items"), QString::number(t.evidence.size()));
        row(tr("Description"), t.description);
        break;
    }
    case ObjectType::Study: {
        const StudyItem &item = project.study.items[id];
        d->title->setText(studyItemKind(item));
        d->subtitle->setText(tr("EBIOS RM study item"));
        break;
    }
    case ObjectType::Component: {
        const Component &c = project.components[id];
        d->title->setText(componentLabel(c));
        d->subtitle->setText(tr("SBOM component"));
        row(tr("Type"), c.type);
        row(tr("Version"), c.version.isEmpty() ? tr("(none given)") : c.version);
        row(tr("Supplier"), c.supplier.isEmpty() ? tr("(none given)") : c.supplier);
        row(tr("Package URL"), c.purl);
        row(tr("Licences"), c.licenses.join(QStringLiteral(", ")));
        row(tr("Depends on"), QString::number(c.dependsOn.size()));
        break;
    }
    }
    row(tr("Id"), idString(id));
}

} // namespace tb
