// ClassifyWizard's last page: the class, reasoning, routes and key dates, or what is missing.

#include "classifywizard.h"

#include "classifyquestionpage.h"
#include "document/document.h"

#include <QLineEdit>
#include <QTextBrowser>

namespace tb {

namespace {

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

// "$.answers.sparePart.value" -> "Question 5", "$.profile.supportEnd" -> "Support period ends".
QString ClassifyWizard::problemPlace(const QString &where) const
{
    const QStringList parts = where.split(QLatin1Char('.'));
    if (parts.size() >= 3 && parts.at(1) == QLatin1String("answers")) {
        for (const ClassifyQuestionPage *page : m_questions) {
            if (page->question().id == parts.at(2))
                return page->title();
        }
    }
    if (parts.size() >= 3 && parts.at(1) == QLatin1String("profile")) {
        const qsizetype i = craProfileFieldNames().indexOf(parts.at(2));
        if (i >= 0)
            return m_facts.at(i)->accessibleName();
    }
    if (where == QLatin1String("$.answeredBy"))
        return m_answeredBy->accessibleName();
    return where;
}

void ClassifyWizard::showResult()
{
    m_now = craAnswerTime();
    m_classified = m_document ? classifyProject(m_document->data(), answersSheet(), {}, m_now)
                              : ProjectClassification{};
    const ClassifyResult &r = m_classified.result;
    QString html;
    if (!r.profile) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("The product cannot be classified yet"),
                         tr("Go back and give these answers; Finish stays disabled until then."));
        QStringList problems;
        for (const Error &e : r.problems)
            problems.append(
                QStringLiteral("<b>%1:</b> %2")
                    .arg(problemPlace(e.where).toHtmlEscaped(), e.message.toHtmlEscaped()));
        if (!m_document)
            problems.append(tr("No project is open.").toHtmlEscaped());
        m_result->setHtml(html + list(problems));
        return;
    }
    const CraProfile &p = *r.profile;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("Result: %1").arg(craOutcomeLabel(p.outcome)).toHtmlEscaped());
    QStringList categories;
    for (const QString &id : p.categories) {
        const ProductCategory *c = m_catalog.category(id);
        categories.append(
            QString(id + QLatin1Char(' ') + (c ? c->title : QString())).toHtmlEscaped());
    }
    if (!categories.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Categories")) + list(categories);
    QStringList reasoning;
    for (const QString &line : p.reasoning)
        reasoning.append(line.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Reasoning")) + list(reasoning);
    if (!p.routes.isEmpty()) {
        QStringList routes;
        for (const CraProfileRef &route : p.routes)
            routes.append(QStringLiteral("%1 <i>(%2)</i>")
                              .arg(route.title.toHtmlEscaped(), route.ref.toHtmlEscaped()));
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Conformity assessment routes open"))
                + list(routes);
    }
    html += QStringLiteral("<p><b>%1</b></p><table cellpadding='2'>").arg(tr("Key dates"));
    for (const CraProfileRef &d : p.dates)
        html += QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2 "
                               "<i>(%3)</i></td></tr>")
                    .arg(d.date.toString(Qt::ISODate), d.title.toHtmlEscaped(),
                         d.ref.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Finish stores this in the project, answered by %1; Edit > Undo takes "
                        "it back.")
                         .arg(p.classifiedBy)
                         .toHtmlEscaped());
    m_result->setHtml(html);
}

} // namespace tb
