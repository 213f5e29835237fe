#include "propertiespanel.h"

#include "core/propertycatalog.h"
#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tb {

struct PropertiesPanel::Row
{
    QString key;
    QWidget *editor = nullptr;
    QString help;
    std::function<void()> refresh;
};

namespace {
const QString kMixed = PropertiesPanel::tr("(mixed)");

bool allSame(const QList<QJsonValue> &values)
{
    for (const QJsonValue &v : values) {
        if (v != values.first())
            return false;
    }
    return true;
}

std::optional<PropertyTarget> targetOf(const ProjectData &d, const Id &id)
{
    if (d.elements.contains(id))
        return propertyTarget(d.elements[id].kind);
    if (d.flows.contains(id))
        return PropertyTarget::Flow;
    if (d.boundaries.contains(id))
        return propertyTarget(d.boundaries[id].kind);
    return std::nullopt;
}

const Properties *propertiesOf(const ProjectData &d, const Id &id)
{
    if (auto it = d.elements.constFind(id); it != d.elements.cend())
        return &it->properties;
    if (auto it = d.flows.constFind(id); it != d.flows.cend())
        return &it->properties;
    if (auto it = d.boundaries.constFind(id); it != d.boundaries.cend())
        return &it->properties;
    return nullptr;
}
} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_help(new QLabel(this))
{
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setMinimumHeight(m_help->fontMetrics().height() * 3);
    m_help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    scroll->setWidget(m_form);
    new QFormLayout(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_help);
    rebuild();
}

PropertiesPanel::~PropertiesPanel() = default;

void PropertiesPanel::setDocument(Document *document)
{
    followDocument(m_document, document, this, [this] { projectEdited(); });
    m_ids.clear();
    rebuild();
}

void PropertiesPanel::setObjects(const QList<Id> &ids)
{
    QList<Id> kept;
    if (m_document) {
        for (const Id &id : ids) {
            if (targetOf(m_document->data(), id))
                kept.append(id);
        }
    }
    if (kept == m_ids)
        return;
    m_ids = kept;
    rebuild();
}

QWidget *PropertiesPanel::editor(const QString &key) const
{
    for (const auto &row : m_rows) {
        if (row->key == key)
            return row->editor;
    }
    return nullptr;
}

QString PropertiesPanel::heading() const
{
    return m_heading->text();
}

void PropertiesPanel::projectEdited()
{
    QList<Id> alive;
    for (const Id &id : std::as_const(m_ids)) {
        if (targetOf(m_document->data(), id))
            alive.append(id);
    }
    if (alive != m_ids) {
        m_ids = alive;
        rebuild();
    } else {
        refresh();
    }
}

void PropertiesPanel::rebuild()
{
    m_rows.clear();
    auto *layout = static_cast<QFormLayout *>(m_form->layout());
    while (layout->rowCount() > 0)
        layout->removeRow(0);
    m_help->clear();
    if (!m_document || m_ids.isEmpty()) {
        m_heading->setText(tr("No selection"));
        m_help->setText(tr("Select elements, flows or trust boundaries on the diagram to edit "
                           "their properties."));
        return;
    }
    addFieldRows();
    QSet<PropertyTarget> targets;
    for (const Id &id : std::as_const(m_ids))
        targets.insert(*targetOf(m_document->data(), id));
    for (const PropertyDefinition &def : m_document->project()->catalog().definitions()) {
        bool applies = true;
        for (PropertyTarget t : std::as_const(targets))
            applies = applies && def.appliesTo.contains(t);
        if (applies)
            addPropertyRow(def);
    }
    refresh();
}

void PropertiesPanel::refresh()
{
    if (!m_document)
        return;
    const ProjectData &d = m_document->data();
    if (m_ids.size() == 1) {
        const Id &id = m_ids.first();
        const QString name = d.elements.contains(id) ? d.elements[id].name
                             : d.flows.contains(id)  ? d.flows[id].name
                                                     : d.boundaries[id].name;
        m_heading->setText(name.isEmpty() ? tr("(unnamed)") : name);
    } else if (!m_ids.isEmpty()) {
        m_heading->setText(tr("%1 objects selected").arg(m_ids.size()));
    }
    for (const auto &row : m_rows)
        row->refresh();
}

void PropertiesPanel::addRow(const QString &key, const QString &label, QWidget *editor,
                             const QString &help, std::function<void()> refresh)
{
    auto row = std::make_unique<Row>();
    row->key = key;
    row->editor = editor;
    row->help = help;
    row->refresh = std::move(refresh);
    editor->setObjectName(key);
    editor->setAccessibleName(label);
    editor->setToolTip(help);
    editor->setWhatsThis(help);
    editor->installEventFilter(this);
    auto *labelWidget = new QLabel(label, m_form);
    labelWidget->setToolTip(help);
    labelWidget->setBuddy(editor);
    static_cast<QFormLayout *>(m_form->layout())->addRow(labelWidget, editor);
    m_rows.push_back(std::move(row));
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The help of the editor in use shows below the form.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::Enter) {
        for (const auto &row : m_rows) {
            if (row->editor == watched)
                m_help->setText(row->help);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QJsonValue> PropertiesPanel::values(const QString &key, const QJsonValue &fallback) const
{
    QList<QJsonValue> out;
    for (const Id &id : m_ids) {
        const Properties *props = propertiesOf(m_document->data(), id);
        out.append(props ? props->value(key, fallback) : fallback);
    }
    return out;
}

QList<QJsonValue> PropertiesPanel::fieldValues(const QString &field) const
{
    const ProjectData &d = m_document->data();
    QList<QJsonValue> out;
    for (const Id &id : m_ids) {
        if (const auto el = d.elements.constFind(id); el != d.elements.cend()) {
            out.append(field == QLatin1String("name")          ? QJsonValue(el->name)
                       : field == QLatin1String("description") ? QJsonValue(el->description)
                                                               : QJsonValue(el->stencil));
        } else if (const auto f = d.flows.constFind(id); f != d.flows.cend()) {
            out.append(field == QLatin1String("name")          ? QJsonValue(f->name)
                       : field == QLatin1String("description") ? QJsonValue(f->description)
                                                               : QJsonValue(f->protocol));
        } else if (const auto b = d.boundaries.constFind(id); b != d.boundaries.cend()) {
            out.append(field == QLatin1String("name")          ? QJsonValue(b->name)
                       : field == QLatin1String("description") ? QJsonValue(b->description)
                                                               : QJsonValue(b->trustLevel));
        }
    }
    return out;
}

void PropertiesPanel::setValue(const QString &key, const QString &label, const QJsonValue &value)
{
    Batch batch{m_ids.size() == 1 ? tr("Set %1").arg(label)
                                  : tr("Set %1 on %2 Objects").arg(label).arg(m_ids.size()),
                {}};
    const PropertyDefinition *def = m_document->project()->catalog().definition(key);
    const QList<QJsonValue> current = values(key, def ? def->defaultValue : QJsonValue());
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (current[i] != value)
            batch.edits.push_back(SetProperty{m_ids[i], key, value});
    }
    if (!batch.edits.empty())
        (void)m_document->apply(batch); // a refusal leaves the model as it was; refresh shows it
    refresh();
}

void PropertiesPanel::setField(const QString &field, const QString &label, const QJsonValue &value)
{
    Batch batch{m_ids.size() == 1 ? tr("Set %1").arg(label)
                                  : tr("Set %1 on %2 Objects").arg(label).arg(m_ids.size()),
                {}};
    const QList<QJsonValue> current = fieldValues(field);
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (current.value(i) != value)
            batch.edits.push_back(SetAttribute{m_ids[i], field, value});
    }
    if (!batch.edits.empty())
        (void)m_document->apply(batch);
    refresh();
}

void PropertiesPanel::addFieldRows()
{
    const ProjectData &d = m_document->data();
    auto textRow = [this](const QString &field, const QString &label, const QString &help) {
        auto *edit = new QLineEdit(m_form);
        addRow(QLatin1Char('@') + field, label, edit, help, [this, edit, field] {
            const QList<QJsonValue> v = fieldValues(field);
            const QSignalBlocker block(edit);
            edit->setText(allSame(v) ? v.first().toString() : QString());
            edit->setPlaceholderText(allSame(v) ? QString() : kMixed);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, label] {
            const QList<QJsonValue> v = fieldValues(field);
            if (edit->isModified() && !(allSame(v) && v.first().toString() == edit->text()))
                setField(field, label, edit->text());
            edit->setModified(false);
        });
    };
    if (m_ids.size() == 1) {
        textRow(QStringLiteral("name"), tr("Name"),
                tr("What the object is called on diagrams "
                   "and in reports."));
        textRow(QStringLiteral("description"), tr("Description"),
                tr("A sentence on what it does and why it matters."));
    }
    bool allFlows = true, allZones = true, sameKind = true;
    for (const Id &id : std::as_const(m_ids)) {
        allFlows = allFlows && d.flows.contains(id);
        allZones = allZones && d.boundaries.contains(id);
        sameKind = sameKind && d.elements.contains(id)
                   && d.elements[id].kind == d.elements.value(m_ids.first()).kind;
    }
    if (allFlows)
        textRow(QStringLiteral("protocol"), tr("Protocol"),
                tr("The application protocol, e.g. HTTPS, MQTT, BLE GATT."));
    if (allZones) {
        auto *spin = new QSpinBox(m_form);
        spin->setRange(0, kMaxTrustLevel);
        addRow(QStringLiteral("@trustLevel"), tr("Trust level"), spin,
               tr("0 = untrusted (e.g. the internet) .. %1 = most trusted.").arg(kMaxTrustLevel),
               [this, spin] {
                   const QList<QJsonValue> v = fieldValues(QStringLiteral("trustLevel"));
                   const QSignalBlocker block(spin);
                   spin->setValue(v.first().toInt());
                   spin->setSpecialValueText(allSame(v) ? QString() : kMixed);
               });
        connect(spin, &QSpinBox::valueChanged, this, [this](int value) {
            setField(QStringLiteral("trustLevel"), tr("Trust level"), value);
        });
    }
    if (sameKind) {
        const ElementKind kind = d.elements[m_ids.first()].kind;
        auto *combo = new QComboBox(m_form);
        combo->addItem(tr("Generic"), QString());
        for (const Stencil &s : m_document->project()->catalog().stencils()) {
            if (s.kind == kind)
                combo->addItem(s.label, s.id);
        }
        addRow(QStringLiteral("@stencil"), tr("Stencil"), combo,
               tr("A more specific type; templates use it to derive fitting threats."),
               [this, combo] {
                   const QList<QJsonValue> v = fieldValues(QStringLiteral("stencil"));
                   const QSignalBlocker block(combo);
                   combo->setPlaceholderText(kMixed);
                   combo->setCurrentIndex(allSame(v) ? combo->findData(v.first().toString()) : -1);
               });
        connect(combo, &QComboBox::activated, this, [this, combo](int index) {
            setField(QStringLiteral("stencil"), tr("Stencil"), combo->itemData(index).toString());
        });
    }
}

void PropertiesPanel::addPropertyRow(const PropertyDefinition &def)
{
    const QString key = def.key;
    const QString label = def.label;
    const QJsonValue fallback = def.defaultValue;
    switch (def.type) {
    case PropertyType::Bool: {
        auto *box = new QCheckBox(m_form);
        addRow(key, label, box, def.help, [this, box, key, fallback] {
            const QList<QJsonValue> v = values(key, fallback);
            const QSignalBlocker block(box);
            box->setTristate(!allSame(v));
            box->setCheckState(!allSame(v)          ? Qt::PartiallyChecked
                               : v.first().toBool() ? Qt::Checked
                                                    : Qt::Unchecked);
        });
        connect(box, &QCheckBox::clicked, this, [this, box, key, label](bool checked) {
            box->setTristate(false);
            setValue(key, label, checked);
        });
        break;
    }
    case PropertyType::Enum: {
        auto *combo = new QComboBox(m_form);
        combo->addItems(def.values);
        combo->setPlaceholderText(kMixed);
        addRow(key, label, combo, def.help, [this, combo, key, fallback] {
            const QList<QJsonValue> v = values(key, fallback);
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(allSame(v) ? combo->findText(v.first().toString()) : -1);
        });
        connect(combo, &QComboBox::activated, this, [this, combo, key, label](int index) {
            setValue(key, label, combo->itemText(index));
        });
        break;
    }
    case PropertyType::Text: {
        auto *edit = new QLineEdit(m_form);
        addRow(key, label, edit, def.help, [this, edit, key, fallback] {
            const QList<QJsonValue> v = values(key, fallback);
            const QSignalBlocker block(edit);
            edit->setText(allSame(v) ? v.first().toString() : QString());
            edit->setPlaceholderText(allSame(v) ? QString() : kMixed);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key, label] {
            if (edit->isModified())
                setValue(key, label, edit->text());
            edit->setModified(false);
        });
        break;
    }
    case PropertyType::Number: {
        auto *spin = new QDoubleSpinBox(m_form);
        spin->setRange(std::max(def.minimum, -1e9), std::min(def.maximum, 1e9));
        spin->setDecimals(2);
        spin->setKeyboardTracking(false);
        addRow(key, label, spin, def.help, [this, spin, key, fallback] {
            const QList<QJsonValue> v = values(key, fallback);
            const QSignalBlocker block(spin);
            spin->setValue(v.first().toDouble());
            spin->setSpecialValueText(allSame(v) ? QString() : kMixed);
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, key, label](double value) { setValue(key, label, value); });
        break;
    }
    case PropertyType::Multi: {
        auto *list = new QListWidget(m_form);
        for (const QString &value : def.values) {
            auto *item = new QListWidgetItem(value, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        list->setMaximumHeight(list->sizeHintForRow(0)
                                   * int(std::min<qsizetype>(def.values.size(), 6))
                               + 2 * list->frameWidth() + 4);
        addRow(key, label, list, def.help, [this, list, key, fallback] {
            const QList<QJsonValue> v = values(key, fallback);
            const QSignalBlocker block(list);
            for (int i = 0; i < list->count(); ++i) {
                int on = 0;
                for (const QJsonValue &x : v)
                    on += x.toArray().contains(list->item(i)->text()) ? 1 : 0;
                list->item(i)->setCheckState(on == 0          ? Qt::Unchecked
                                             : on == v.size() ? Qt::Checked
                                                              : Qt::PartiallyChecked);
            }
        });
        connect(list, &QListWidget::itemChanged, this, [this, list, key, label] {
            QJsonArray checked;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    checked.append(list->item(i)->text());
            }
            setValue(key, label, checked);
        });
        break;
    }
    }
}

} // namespace tb
