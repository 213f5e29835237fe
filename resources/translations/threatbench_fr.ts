<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Exporting the risk register…</source>
        <translation>Export du registre des risques…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV, threats and tasks (*.csv);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;CSV, menaces et tâches (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation>Le rapport n&apos;a pas été écrit.

%1</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Writing the technical file…</source>
        <translation>Écriture du dossier technique…</translation>
    </message>
    <message>
        <source>Export Technical File</source>
        <translation>Exporter le dossier technique</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are drafts: the Annex VII outline lists %1 gap(s) to close, and the documents hold %2 blank(s) to complete.</source>
        <translation>Ce sont des brouillons : le plan de l&apos;Annexe VII relève %1 lacune(s) à combler, et les documents comportent %2 champ(s) vide(s) à compléter.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export Technical File to Folder</source>
        <translation>Exporter le dossier technique dans un répertoire</translation>
    </message>
    <message>
        <source>The technical file was not written.

%1</source>
        <translation>Le dossier technique n&apos;a pas été écrit.

%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Threat modeling and CRA risk workbench.</source>
        <translation>Atelier de modélisation des menaces et d&apos;analyse des risques CRA.</translation>
    </message>
    <message>
        <source>Open the bundled example product.</source>
        <translation>Ouvrir le produit d&apos;exemple fourni.</translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Bring a panel to the front.</source>
        <translation>Afficher un panneau au premier plan.</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Fichier de projet à ouvrir.</translation>
    </message>
</context>
<context>
    <name>tb::AboutDialog</name>
    <message>
        <source>&lt;p&gt;Threat modeling and risk analysis for products under the EU Cyber Resilience Act (Regulation (EU) 2024/2847).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modélisation des menaces et analyse des risques pour les produits soumis au Cyber Resilience Act de l&apos;UE (règlement (UE) 2024/2847).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>%1 (built with %2), LGPL-3.0-only</source>
        <translation>%1 (compilé avec %2), LGPL-3.0-only</translation>
    </message>
    <message>
        <source>%1, Boost Software License 1.0</source>
        <translation>%1, Boost Software License 1.0</translation>
    </message>
    <message>
        <source>%1, public domain</source>
        <translation>%1, domaine public</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Where things are</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Project templates</source>
        <translation>Modèles du projet</translation>
    </message>
    <message>
        <source>a %1 folder beside the project file</source>
        <translation>un dossier %1 à côté du fichier de projet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Application data</source>
        <translation>Données de l&apos;application</translation>
    </message>
    <message>
        <source>About Threatbench</source>
        <translation>À propos de Threatbench</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>tb::AnnexMatrixView</name>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Part I</source>
        <translation>Partie I</translation>
    </message>
    <message>
        <source>Cybersecurity requirements</source>
        <translation>Exigences de cybersécurité</translation>
    </message>
    <message>
        <source>Part II</source>
        <translation>Partie II</translation>
    </message>
    <message>
        <source>Vulnerability handling requirements</source>
        <translation>Exigences de gestion des vulnérabilités</translation>
    </message>
    <message>
        <source>Show in Threats and Tasks</source>
        <translation>Afficher dans Menaces et tâches</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 ouvertes)</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>Select a requirement to see its threats and tasks.</source>
        <translation>Sélectionnez une exigence pour voir ses menaces et ses tâches.</translation>
    </message>
    <message>
        <source>Threats (%1, %2 open)</source>
        <translation>Menaces (%1, dont %2 ouvertes)</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
</context>
<context>
    <name>tb::ClassifyQuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Regulation (EU) 2024/2847, %1</source>
        <translation>Règlement (UE) 2024/2847, %1</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why this answer (kept with it as evidence)</source>
        <translation>Justification de cette réponse (conservée avec elle comme preuve)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Catégories de produits</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>%1, %2 point %3</source>
        <translation>%1, %2, point %3</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>class I</source>
        <translation>classe I</translation>
    </message>
    <message>
        <source>class II</source>
        <translation>classe II</translation>
    </message>
    <message>
        <source>Check every category that describes the product&apos;s core functionality; leave all unchecked when none does.</source>
        <translation>Cochez chaque catégorie qui décrit la fonctionnalité principale du produit ; laissez tout décoché si aucune ne correspond.</translation>
    </message>
</context>
<context>
    <name>tb::ClassifyWizard</name>
    <message>
        <source>&amp;Placed on the market:</source>
        <translation>&amp;Mise sur le marché :</translation>
    </message>
    <message>
        <source>&amp;Support period ends:</source>
        <translation>Fin de la période de &amp;support :</translation>
    </message>
    <message>
        <source>&amp;Why a shorter support period:</source>
        <translation>&amp;Motif d&apos;une période de support plus courte :</translation>
    </message>
    <message>
        <source>Security &amp;contact:</source>
        <translation>&amp;Contact sécurité :</translation>
    </message>
    <message>
        <source>&amp;Disclosure policy address:</source>
        <translation>A&amp;dresse de la politique de divulgation :</translation>
    </message>
    <message>
        <source>&amp;Update channel:</source>
        <translation>Canal de mise à &amp;jour :</translation>
    </message>
    <message>
        <source>SBOM &amp;location:</source>
        <translation>&amp;Emplacement du SBOM :</translation>
    </message>
    <message>
        <source>Classify Product for the CRA</source>
        <translation>Classer le produit au regard du CRA</translation>
    </message>
    <message>
        <source>Classify Product</source>
        <translation>Classer le produit</translation>
    </message>
    <message>
        <source>The classification was not stored.

%1</source>
        <translation>La classification n&apos;a pas été enregistrée.

%1</translation>
    </message>
    <message>
        <source>CRA applicability and product class</source>
        <translation>Applicabilité du CRA et classe du produit</translation>
    </message>
    <message>
        <source>Questionnaire %1, following %2.</source>
        <translation>Questionnaire %1, d&apos;après %2.</translation>
    </message>
    <message>
        <source>The answers decide whether the Cyber Resilience Act applies to the product, its class (default, important class I or II, or critical) and the conformity assessment routes open to it. Only the questions that earlier answers leave open are asked. The result, with every answer and who gave it, is stored in the project when you click Finish, and Edit &gt; Undo takes it back.</source>
        <translation>Les réponses déterminent si le Cyber Resilience Act s&apos;applique au produit, sa classe (par défaut, importante de classe I ou II, ou critique) et les procédures d&apos;évaluation de la conformité qui lui sont ouvertes. Seules les questions laissées ouvertes par les réponses précédentes sont posées. Le résultat, avec chaque réponse et son auteur, est enregistré dans le projet lorsque vous cliquez sur Terminer, et Édition &gt; Annuler le retire.</translation>
    </message>
    <message>
        <source>Name and role, e.g. Product security officer</source>
        <translation>Nom et fonction, p. ex. responsable de la sécurité produit</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Répondu par</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Répondu par :</translation>
    </message>
    <message>
        <source>Support period and vulnerability handling</source>
        <translation>Période de support et gestion des vulnérabilités</translation>
    </message>
    <message>
        <source>Art. 13(8), Annex I Part II and Annex II. Dates as YYYY-MM-DD; leave blank what is not known yet.</source>
        <translation>Art. 13(8), Annexe I Partie II et Annexe II. Dates au format AAAA-MM-JJ ; laissez vide ce qui n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; at least five years after placing on the market</source>
        <translation>AAAA-MM-JJ ; au moins cinq ans après la mise sur le marché</translation>
    </message>
    <message>
        <source>Expected use time, when the support period is shorter</source>
        <translation>Durée d&apos;utilisation prévue, si la période de support est plus courte</translation>
    </message>
    <message>
        <source>security@example.com or https://…</source>
        <translation>security@example.com ou https://…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>How security updates reach users</source>
        <translation>Comment les mises à jour de sécurité parviennent aux utilisateurs</translation>
    </message>
    <message>
        <source>Where the SBOM is kept</source>
        <translation>Emplacement où le SBOM est conservé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Classification result</source>
        <translation>Résultat de la classification</translation>
    </message>
    <message>
        <source>The product cannot be classified yet</source>
        <translation>Le produit ne peut pas encore être classé</translation>
    </message>
    <message>
        <source>Go back and give these answers; Finish stays disabled until then.</source>
        <translation>Revenez en arrière et donnez ces réponses ; Terminer reste désactivé d&apos;ici là.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Conformity assessment routes open</source>
        <translation>Procédures d&apos;évaluation de la conformité ouvertes</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Finish stores this in the project, answered by %1; Edit &gt; Undo takes it back.</source>
        <translation>Terminer enregistre ceci dans le projet, avec %1 comme auteur des réponses ; Édition &gt; Annuler le retire.</translation>
    </message>
</context>
<context>
    <name>tb::CompareDialog</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Frontières de confiance</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Actifs de données</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Mitigation tasks</source>
        <translation>Tâches d&apos;atténuation</translation>
    </message>
    <message>
        <source>CRA Annex I verdicts</source>
        <translation>Verdicts de l&apos;Annexe I du CRA</translation>
    </message>
    <message>
        <source>SBOM components</source>
        <translation>Composants SBOM</translation>
    </message>
    <message>
        <source>EBIOS RM study</source>
        <translation>Étude EBIOS RM</translation>
    </message>
    <message>
        <source>Risk criteria</source>
        <translation>Critères de risque</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added in the open project: %1</source>
        <translation>Ajouté dans le projet ouvert : %1</translation>
    </message>
    <message>
        <source>Removed from the open project: %1</source>
        <translation>Supprimé du projet ouvert : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(ajouté)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Object or field</source>
        <translation>Objet ou champ</translation>
    </message>
    <message>
        <source>Before (other file)</source>
        <translation>Avant (autre fichier)</translation>
    </message>
    <message>
        <source>After (open project)</source>
        <translation>Après (projet ouvert)</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compare again with the project as it is now</source>
        <translation>Comparer de nouveau avec le projet dans son état actuel</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the differences as threatbench-cli diff prints them</source>
        <translation>Copier les différences telles que threatbench-cli diff les affiche</translation>
    </message>
    <message>
        <source>Choose a project file or Threatbench JSON file to compare the open project with.</source>
        <translation>Choisissez un fichier de projet ou un fichier JSON Threatbench à comparer avec le projet ouvert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;After:&lt;/b&gt; %2 (the open project)</source>
        <translation>&lt;b&gt;Avant :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Après :&lt;/b&gt; %2 (le projet ouvert)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be compared.

%2</source>
        <translation>Impossible de comparer %1.

%2</translation>
    </message>
    <message>
        <source>No differences: %1 holds the same model as the open project.</source>
        <translation>Aucune différence : %1 contient le même modèle que le projet ouvert.</translation>
    </message>
    <message>
        <source>Threatbench models (*.threatbench *.threatbench.json *.json);;All files (*)</source>
        <translation>Modèles Threatbench (*.threatbench *.threatbench.json *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>tb::DetailsPanel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Entité externe</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(aucune définie)</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>(hors de toute zone)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select an object in the project tree or the diagram.</source>
        <translation>Sélectionnez un objet dans l&apos;arborescence du projet ou dans le diagramme.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>CRA class</source>
        <translation>Classe CRA</translation>
    </message>
    <message>
        <source>Support end</source>
        <translation>Fin du support</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidée</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Objects drawn</source>
        <translation>Objets dessinés</translation>
    </message>
    <message>
        <source>Stencil</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Actifs de données</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Trust zone</source>
        <translation>Zone de confiance</translation>
    </message>
    <message>
        <source>Line boundary</source>
        <translation>Ligne de frontière</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Actif de données</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Threat · %1</source>
        <translation>Menace · %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>(added by hand)</source>
        <translation>(ajoutée manuellement)</translation>
    </message>
    <message>
        <source>CRA Annex I</source>
        <translation>Annexe I du CRA</translation>
    </message>
    <message>
        <source>Mitigation task</source>
        <translation>Tâche d&apos;atténuation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Threats answered</source>
        <translation>Menaces traitées</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>EBIOS RM study item</source>
        <translation>Élément de l&apos;étude EBIOS RM</translation>
    </message>
    <message>
        <source>SBOM component</source>
        <translation>Composant SBOM</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>URL de paquet</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Detail diagram</source>
        <translation>Diagramme de détail</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détaille</translation>
    </message>
    <message>
        <source>an element since removed</source>
        <translation>un élément supprimé depuis</translation>
    </message>
</context>
<context>
    <name>tb::DiagramScene</name>
    <message>
        <source>%1 · trust %2</source>
        <translation>%1 · confiance %2</translation>
    </message>
    <message>
        <source>External entity</source>
        <translation>Entité externe</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <source>Trust boundary %1</source>
        <translation>Frontière de confiance %1</translation>
    </message>
    <message>
        <source>Add Trust Boundary %1</source>
        <translation>Ajouter la frontière de confiance %1</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Nouveau flux</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renommer en %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 Elements</source>
        <translation>Supprimer %1 éléments</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Supprimer l&apos;objet</translation>
    </message>
    <message>
        <source>Delete %1 Items</source>
        <translation>Supprimer %1 objets</translation>
    </message>
    <message>
        <source>Cut Item</source>
        <translation>Couper l&apos;objet</translation>
    </message>
    <message>
        <source>Cut %1 Items</source>
        <translation>Couper %1 objets</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>Move Element</source>
        <translation>Déplacer l&apos;élément</translation>
    </message>
    <message>
        <source>Move %1 Elements</source>
        <translation>Déplacer %1 éléments</translation>
    </message>
    <message>
        <source>Move Boundary</source>
        <translation>Déplacer la frontière</translation>
    </message>
    <message>
        <source>Move %1 Items</source>
        <translation>Déplacer %1 objets</translation>
    </message>
    <message>
        <source>The clipboard does not hold a canvas selection: %1</source>
        <translation>Le presse-papiers ne contient pas de sélection du canevas : %1</translation>
    </message>
    <message>
        <source>no diagram is open</source>
        <translation>aucun diagramme n&apos;est ouvert</translation>
    </message>
    <message>
        <source>it holds no element</source>
        <translation>il ne contient aucun élément</translation>
    </message>
    <message>
        <source>Paste Element</source>
        <translation>Coller l&apos;élément</translation>
    </message>
    <message>
        <source>Paste %1 Elements</source>
        <translation>Coller %1 éléments</translation>
    </message>
    <message>
        <source>Duplicate Element</source>
        <translation>Dupliquer l&apos;élément</translation>
    </message>
    <message>
        <source>Duplicate %1 Elements</source>
        <translation>Dupliquer %1 éléments</translation>
    </message>
    <message>
        <source>Align %1 Elements</source>
        <translation>Aligner %1 éléments</translation>
    </message>
    <message>
        <source>Distribute %1 Elements</source>
        <translation>Répartir %1 éléments</translation>
    </message>
    <message>
        <source>Boundary line %1</source>
        <translation>Ligne de frontière %1</translation>
    </message>
    <message>
        <source>Draw Boundary Line “%1”</source>
        <translation>Tracer la ligne de frontière « %1 »</translation>
    </message>
    <message>
        <source>Add Bend Point</source>
        <translation>Ajouter un point de courbure</translation>
    </message>
    <message>
        <source>Add Boundary Point</source>
        <translation>Ajouter un point de frontière</translation>
    </message>
    <message>
        <source>Move Bend Point</source>
        <translation>Déplacer le point de courbure</translation>
    </message>
    <message>
        <source>Move Boundary Point</source>
        <translation>Déplacer le point de frontière</translation>
    </message>
    <message>
        <source>Remove Bend Point</source>
        <translation>Supprimer le point de courbure</translation>
    </message>
    <message>
        <source>Remove Boundary Point</source>
        <translation>Supprimer le point de frontière</translation>
    </message>
    <message>
        <source>%1 (detail)</source>
        <translation>%1 (détail)</translation>
    </message>
</context>
<context>
    <name>tb::DiagramView</name>
    <message>
        <source>Diagram canvas</source>
        <translation>Canevas du diagramme</translation>
    </message>
    <message>
        <source>Add &amp;External Entity</source>
        <translation>Ajouter une &amp;entité externe</translation>
    </message>
    <message>
        <source>Add &amp;Process</source>
        <translation>Ajouter un &amp;processus</translation>
    </message>
    <message>
        <source>Add &amp;Data Store</source>
        <translation>Ajouter un stockage de &amp;données</translation>
    </message>
    <message>
        <source>Add &amp;Trust Boundary</source>
        <translation>Ajouter une &amp;frontière de confiance</translation>
    </message>
    <message>
        <source>Draw &amp;Flows</source>
        <translation>Tracer des f&amp;lux</translation>
    </message>
    <message>
        <source>Draw Trust &amp;Boundary</source>
        <translation>Tracer une frontière de &amp;confiance</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arri&amp;ère</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>Taille &amp;réelle (100 %)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Aligner au &amp;centre</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Aligner au &amp;milieu</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir h&amp;orizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 Items</source>
        <translation>Supprimer %1 objets</translation>
    </message>
    <message>
        <source>Align and Distribute</source>
        <translation>Aligner et répartir</translation>
    </message>
    <message>
        <source>Add External Entity Here</source>
        <translation>Ajouter une entité externe ici</translation>
    </message>
    <message>
        <source>Add Process Here</source>
        <translation>Ajouter un processus ici</translation>
    </message>
    <message>
        <source>Add Data Store Here</source>
        <translation>Ajouter un stockage de données ici</translation>
    </message>
    <message>
        <source>Add Trust Boundary Here</source>
        <translation>Ajouter une frontière de confiance ici</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual Size (100%)</source>
        <translation>Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Snap to Grid</source>
        <translation>Aimanter à la grille</translation>
    </message>
    <message>
        <source>Select a diagram in the project tree.</source>
        <translation>Sélectionnez un diagramme dans l&apos;arborescence du projet.</translation>
    </message>
    <message>
        <source>Open a project, or start with File › Open Example.</source>
        <translation>Ouvrez un projet, ou commencez par Fichier › Ouvrir l&apos;exemple.</translation>
    </message>
    <message>
        <source>Draw Boundary &amp;Line</source>
        <translation>Tracer une &amp;ligne de frontière</translation>
    </message>
    <message>
        <source>Open Detail Diagram</source>
        <translation>Ouvrir le diagramme de détail</translation>
    </message>
    <message>
        <source>Decompose into Detail Diagram</source>
        <translation>Décomposer en diagramme de détail</translation>
    </message>
</context>
<context>
    <name>tb::EbiosPanel</name>
    <message>
        <source>EBIOS RM study</source>
        <translation>Étude EBIOS RM</translation>
    </message>
    <message>
        <source>Derive Strategic Scenarios</source>
        <translation>Dériver les scénarios stratégiques</translation>
    </message>
    <message>
        <source>Propose attack paths from the retained risk origin / target objective pairs through the ecosystem; decided scenarios are kept</source>
        <translation>Proposer des chemins d&apos;attaque à partir des couples source de risque / objectif visé retenus, à travers l&apos;écosystème ; les scénarios déjà décidés sont conservés</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Atelier %1</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>This project has no EBIOS RM study yet. Build one with &lt;tt&gt;threatbench-cli apply&lt;/tt&gt; (putStudyItem) or start from the example product.</source>
        <translation>Ce projet n&apos;a pas encore d&apos;étude EBIOS RM. Créez-en une avec &lt;tt&gt;threatbench-cli apply&lt;/tt&gt; (putStudyItem) ou partez du produit d&apos;exemple.</translation>
    </message>
    <message>
        <source>Workshop 1: %1 business value(s), %2 feared event(s) · Workshop 2: %3 of %4 pair(s) retained · Workshop 3: %5 stakeholder(s), %6 in the danger zone; %7 strategic scenario(s) · Workshop 4: %8 operational scenario(s)</source>
        <translation>Atelier 1 : %1 valeur(s) métier, %2 événement(s) redouté(s) · Atelier 2 : %3 couple(s) retenu(s) sur %4 · Atelier 3 : %5 partie(s) prenante(s), dont %6 dans la zone de danger ; %7 scénario(s) stratégique(s) · Atelier 4 : %8 scénario(s) opérationnel(s)</translation>
    </message>
    <message>
        <source>Retain Pair</source>
        <translation>Retenir le couple</translation>
    </message>
    <message>
        <source>Reject Pair</source>
        <translation>Rejeter le couple</translation>
    </message>
    <message>
        <source>Retain Strategic Scenario</source>
        <translation>Retenir le scénario stratégique</translation>
    </message>
    <message>
        <source>Reject Strategic Scenario</source>
        <translation>Rejeter le scénario stratégique</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Strategic scenarios are up to date: %1 path(s) found, nothing to change.</source>
        <translation>Les scénarios stratégiques sont à jour : %1 chemin(s) trouvé(s), rien à modifier.</translation>
    </message>
    <message>
        <source>%1 path(s) found: %2 scenario(s) added or refreshed, %3 stale proposal(s) removed, %4 decided scenario(s) no longer found.</source>
        <translation>%1 chemin(s) trouvé(s) : %2 scénario(s) ajouté(s) ou actualisé(s), %3 proposition(s) obsolète(s) supprimée(s), %4 scénario(s) décidé(s) introuvable(s) désormais.</translation>
    </message>
</context>
<context>
    <name>tb::ExampleProject</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the bundled example is missing from this build</source>
        <translation>l&apos;exemple fourni manque dans cette version</translation>
    </message>
</context>
<context>
    <name>tb::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was read as &lt;b&gt;%2&lt;/b&gt; and saved as &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a été lu comme &lt;b&gt;%2&lt;/b&gt; et enregistré sous &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Approximated items</source>
        <translation>Éléments approximés</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>Éléments abandonnés</translation>
    </message>
    <message>
        <source>Everything was mapped exactly; nothing was approximated.</source>
        <translation>Tout a été transposé à l&apos;identique ; rien n&apos;a été approximé.</translation>
    </message>
    <message>
        <source>&amp;Approximated (%1)</source>
        <translation>&amp;Approximés (%1)</translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>Rien n&apos;a été abandonné.</translation>
    </message>
    <message>
        <source>&amp;Dropped (%1)</source>
        <translation>A&amp;bandonnés (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Éléments :</translation>
    </message>
    <message>
        <source>Flows:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>Trust boundaries:</source>
        <translation>Frontières de confiance :</translation>
    </message>
    <message>
        <source>Data assets:</source>
        <translation>Actifs de données :</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>Menaces :</translation>
    </message>
    <message>
        <source>Mitigation tasks:</source>
        <translation>Tâches d&apos;atténuation :</translation>
    </message>
</context>
<context>
    <name>tb::MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Threatbench</source>
        <translation>À &amp;propos de Threatbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Threatbench projects (*.threatbench);;All files (*)</source>
        <translation>Projets Threatbench (*.threatbench);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir un &amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Threatbench projects (*.threatbench)</source>
        <translation>Projets Threatbench (*.threatbench)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>The project was not copied.

%1</source>
        <translation>Le projet n&apos;a pas été copié.

%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The file was not written.

%1</source>
        <translation>Le fichier n&apos;a pas été écrit.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Product name:</source>
        <translation>Nom du produit :</translation>
    </message>
    <message>
        <source>Untitled product</source>
        <translation>Produit sans titre</translation>
    </message>
    <message>
        <source>New Project Failed</source>
        <translation>Échec de la création du projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Project In Use</source>
        <translation>Projet en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look, but not change it.</source>
        <translation>%1

L&apos;ouvrir en lecture seule ? Vous pourrez le consulter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>Échec de l&apos;ouverture</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Threat models (*.json *.tm7 *.yaml *.yml *.py);;All files (*)</source>
        <translation>Modèles de menaces (*.json *.tm7 *.yaml *.yml *.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Save Imported Project As</source>
        <translation>Enregistrer le projet importé sous</translation>
    </message>
    <message>
        <source>Imported %1: %2 elements, %3 flows, %4 boundaries (%5 approximated, %6 dropped)</source>
        <translation>%1 importé : %2 éléments, %3 flux, %4 frontières (%5 approximés, %6 abandonnés)</translation>
    </message>
    <message>
        <source>Edit Failed</source>
        <translation>Échec de la modification</translation>
    </message>
    <message>
        <source>Threatbench</source>
        <translation>Threatbench</translation>
    </message>
    <message>
        <source>%1 — %2 [read-only] — Threatbench</source>
        <translation>%1 — %2 [lecture seule] — Threatbench</translation>
    </message>
    <message>
        <source>%1 — %2 — Threatbench</source>
        <translation>%1 — %2 — Threatbench</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Read-only — %1 is not changed</source>
        <translation>Lecture seule — %1 n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>Saved — written through to %1</source>
        <translation>Enregistré — écrit directement dans %1</translation>
    </message>
    <message>
        <source>Elements: %1 · Flows: %2 · Boundaries: %3 · Data assets: %4</source>
        <translation>Éléments : %1 · Flux : %2 · Frontières : %3 · Actifs de données : %4</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Mitigation Tasks</source>
        <translation>Tâches d&apos;atténuation</translation>
    </message>
    <message>
        <source>Annex I Matrix</source>
        <translation>Matrice Annexe I</translation>
    </message>
    <message>
        <source>Risk Map</source>
        <translation>Carte des risques</translation>
    </message>
    <message>
        <source>Deriving threats… %1%</source>
        <translation>Dérivation des menaces… %1 %</translation>
    </message>
    <message>
        <source>Deriving threats…</source>
        <translation>Dérivation des menaces…</translation>
    </message>
    <message>
        <source>Threats derived: %1 new, %2 kept, %3 to review</source>
        <translation>Menaces dérivées : %1 nouvelles, %2 conservées, %3 à revoir</translation>
    </message>
    <message>
        <source>Threats up to date</source>
        <translation>Menaces à jour</translation>
    </message>
    <message>
        <source>Derivation failed</source>
        <translation>Échec de la dérivation</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Derive Threats Now</source>
        <translation>&amp;Dériver les menaces maintenant</translation>
    </message>
    <message>
        <source>Derive &amp;Automatically After Edits</source>
        <translation>Dériver &amp;automatiquement après les modifications</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template problem(s); the first: %1</source>
        <translation>
            <numerusform>%n problème de modèle ; le premier : %1</numerusform>
            <numerusform>%n problèmes de modèle ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export &amp;Technical File…</source>
        <translation>Exporter le dossier &amp;technique…</translation>
    </message>
    <message>
        <source>Write the CRA technical file drafts into a folder</source>
        <translation>Écrire les ébauches du dossier technique CRA dans un dossier</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>Show what changed from another version of this model</source>
        <translation>Afficher les changements par rapport à une autre version de ce modèle</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Threatbench models (*.threatbench *.threatbench.json *.json);;All files (*)</source>
        <translation>Modèles Threatbench (*.threatbench *.threatbench.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;CRA</source>
        <translation>&amp;CRA</translation>
    </message>
    <message>
        <source>&amp;Classify Product…</source>
        <translation>&amp;Classifier le produit…</translation>
    </message>
    <message>
        <source>Answer the applicability questionnaire: scope, class, routes</source>
        <translation>Répondre au questionnaire d&apos;applicabilité : champ d&apos;application, classe, procédures</translation>
    </message>
    <message>
        <source>&amp;Align and Distribute</source>
        <translation>&amp;Aligner et répartir</translation>
    </message>
    <message>
        <source>Threat Dragon v2 JSON</source>
        <translation>JSON Threat Dragon v2</translation>
    </message>
    <message>
        <source>Open Threat Model (OTM) JSON</source>
        <translation>JSON Open Threat Model (OTM)</translation>
    </message>
    <message>
        <source>Threatbench JSON</source>
        <translation>JSON Threatbench</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Model as %1…</source>
        <translation>Modèle en %1…</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exporter en %1</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Current &amp;Diagram as SVG or PNG…</source>
        <translation>&amp;Diagramme courant en SVG ou PNG…</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagramme écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1.

%n thing(s) could not be kept in this format.</source>
        <translation>
            <numerusform>Exporté dans %1.

%n élément n’a pas pu être conservé dans ce format.</numerusform>
            <numerusform>Exporté dans %1.

%n éléments n’ont pas pu être conservés dans ce format.</numerusform>
        </translation>
    </message>
    <message>
        <source>EBIOS RM</source>
        <translation>EBIOS RM</translation>
    </message>
    <message>
        <source>Open or Make De&amp;tail Diagram</source>
        <translation>Ouvrir ou créer le diagramme de dé&amp;tail</translation>
    </message>
    <message>
        <source>Show the diagram one level below the selected element (a data-flow diagram of its inside), making it first if there is none</source>
        <translation>Afficher le diagramme du niveau inférieur de l&apos;élément sélectionné (un diagramme de flux de son intérieur), en le créant s&apos;il n&apos;existe pas</translation>
    </message>
    <message>
        <source>Go &amp;Up a Level</source>
        <translation>&amp;Remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>Show the diagram where the detailed element is drawn</source>
        <translation>Afficher le diagramme où l&apos;élément détaillé est dessiné</translation>
    </message>
    <message>
        <source>&amp;New Diagram…</source>
        <translation>&amp;Nouveau diagramme…</translation>
    </message>
    <message>
        <source>Add another diagram to the project</source>
        <translation>Ajouter un autre diagramme au projet</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Nouveau diagramme</translation>
    </message>
    <message>
        <source>Name of the new diagram:</source>
        <translation>Nom du nouveau diagramme :</translation>
    </message>
    <message>
        <source>Diagram %1</source>
        <translation>Diagramme %1</translation>
    </message>
    <message>
        <source>Rena&amp;me Diagram…</source>
        <translation>Reno&amp;mmer le diagramme…</translation>
    </message>
    <message>
        <source>Delete Dia&amp;gram…</source>
        <translation>Supprimer le dia&amp;gramme…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
    <message numerus="yes">
        <source>Delete the diagram “%1”?

The %n object(s) drawn on it stay in the model and on other diagrams. Edit &gt; Undo brings the diagram back.</source>
        <translation>
            <numerusform>Supprimer le diagramme « %1 » ?

L’objet dessiné (%n) reste dans le modèle et sur les autres diagrammes. Édition &gt; Annuler rétablit le diagramme.</numerusform>
            <numerusform>Supprimer le diagramme « %1 » ?

Les %n objets dessinés restent dans le modèle et sur les autres diagrammes. Édition &gt; Annuler rétablit le diagramme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::PalettePanel</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>External entity  (E)</source>
        <translation>Entité externe  (E)</translation>
    </message>
    <message>
        <source>A person or system outside the product&apos;s control.</source>
        <translation>Une personne ou un système hors du contrôle du produit.</translation>
    </message>
    <message>
        <source>Process  (P)</source>
        <translation>Processus  (P)</translation>
    </message>
    <message>
        <source>Code that runs and transforms data.</source>
        <translation>Code qui s&apos;exécute et transforme des données.</translation>
    </message>
    <message>
        <source>Data store  (D)</source>
        <translation>Stockage de données  (D)</translation>
    </message>
    <message>
        <source>Where data rests: files, databases, caches.</source>
        <translation>Là où les données sont stockées : fichiers, bases de données, caches.</translation>
    </message>
    <message>
        <source>Trust boundary  (B)</source>
        <translation>Frontière de confiance  (B)</translation>
    </message>
    <message>
        <source>A zone of one trust level; elements dropped inside belong to it.</source>
        <translation>Une zone d&apos;un même niveau de confiance ; les éléments déposés à l&apos;intérieur lui appartiennent.</translation>
    </message>
    <message>
        <source>Stencils</source>
        <translation>Gabarits</translation>
    </message>
    <message>
        <source>Drag onto the diagram, or press Enter to add at the centre. Draw flows with F or Shift+drag.</source>
        <translation>Faites glisser sur le diagramme, ou appuyez sur Entrée pour ajouter au centre. Tracez les flux avec F ou Maj+glisser.</translation>
    </message>
</context>
<context>
    <name>tb::ProjectTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Frontières de confiance</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Actifs de données</translation>
    </message>
    <message>
        <source>External entities</source>
        <translation>Entités externes</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Stockages de données</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Zone, trust level %1</source>
        <translation>Zone, niveau de confiance %1</translation>
    </message>
    <message>
        <source>Line boundary</source>
        <translation>Frontière linéaire</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>tb::PropertiesPanel</name>
    <message>
        <source>(mixed)</source>
        <translation>(mixte)</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select elements, flows or trust boundaries on the diagram to edit their properties.</source>
        <translation>Sélectionnez des éléments, des flux ou des frontières de confiance sur le diagramme pour modifier leurs propriétés.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 objects selected</source>
        <translation>%1 objets sélectionnés</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Set %1 on %2 Objects</source>
        <translation>Modifier %1 sur %2 objets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the object is called on diagrams and in reports.</source>
        <translation>Le nom de l&apos;objet dans les diagrammes et les rapports.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A sentence on what it does and why it matters.</source>
        <translation>Une phrase sur ce qu&apos;il fait et pourquoi il est important.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>The application protocol, e.g. HTTPS, MQTT, BLE GATT.</source>
        <translation>Le protocole applicatif, p. ex. HTTPS, MQTT, BLE GATT.</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>0 = untrusted (e.g. the internet) .. %1 = most trusted.</source>
        <translation>0 = non fiable (p. ex. Internet) .. %1 = le plus fiable.</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Stencil</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>A more specific type; templates use it to derive fitting threats.</source>
        <translation>Un type plus précis ; les modèles s&apos;en servent pour dériver les menaces adaptées.</translation>
    </message>
</context>
<context>
    <name>tb::RiskMapView</name>
    <message>
        <source>Risk map</source>
        <translation>Carte des risques</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 (%2) × impact %3 (%4): %5
%n threat(s)</source>
        <translation>
            <numerusform>Vraisemblance %1 (%2) × impact %3 (%4) : %5
%n menace</numerusform>
            <numerusform>Vraisemblance %1 (%2) × impact %3 (%4) : %5
%n menaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::StartPage</name>
    <message>
        <source>Threatbench</source>
        <translation>Threatbench</translation>
    </message>
    <message>
        <source>Threat modeling and EU Cyber Resilience Act risk work, one product at a time.</source>
        <translation>Modélisation des menaces et analyse des risques selon le Cyber Resilience Act de l&apos;UE, un produit à la fois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Démarrer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open Example (Smart Door Lock)</source>
        <translation>Ouvrir l&apos;exemple (serrure connectée)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Threat Dragon, Microsoft TMT, OTM, pytm, Threagile or Threatbench JSON, into a new project.</source>
        <translation>Threat Dragon, Microsoft TMT, OTM, pytm, Threagile ou JSON Threatbench, dans un nouveau projet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Projets récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>tb::TaskEditor</name>
    <message>
        <source>Select a task to edit it.</source>
        <translation>Sélectionnez une tâche pour la modifier.</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Required for &quot;won&apos;t do&quot;</source>
        <translation>Obligatoire pour « Ne sera pas faite »</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Link, file, test name or note</source>
        <translation>Lien, fichier, nom de test ou note</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <source>Link Selected Threat</source>
        <translation>Lier la menace sélectionnée</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>Menaces :</translation>
    </message>
    <message>
        <source>Annex I:</source>
        <translation>Annexe I :</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save Task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
</context>
<context>
    <name>tb::TaskListModel</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Ne sera pas faite</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Annex I</source>
        <translation>Annexe I</translation>
    </message>
</context>
<context>
    <name>tb::TasksPanel</name>
    <message>
        <source>New Task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter tasks…</source>
        <translation>Filtrer les tâches…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Annex I: %1  ✕</source>
        <translation>Annexe I : %1  ✕</translation>
    </message>
    <message>
        <source>Threat: %1  ✕</source>
        <translation>Menace : %1  ✕</translation>
    </message>
</context>
<context>
    <name>tb::ThreatDetailEditor</name>
    <message>
        <source>Select a threat to triage it.</source>
        <translation>Sélectionnez une menace pour la qualifier.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Why this status (required for accepted, transferred and not applicable)</source>
        <translation>Motif de cet état (obligatoire pour acceptée, transférée et non applicable)</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Définir l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Vraisemblance :</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>Inherent risk:</source>
        <translation>Risque initial :</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Modify (mitigate)</source>
        <translation>Réduire (atténuer)</translation>
    </message>
    <message>
        <source>Retain (accept)</source>
        <translation>Maintenir (accepter)</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Share (transfer)</source>
        <translation>Partager (transférer)</translation>
    </message>
    <message>
        <source>Required for retain, avoid and share</source>
        <translation>Obligatoire pour maintenir, éviter et partager</translation>
    </message>
    <message>
        <source>Set Treatment</source>
        <translation>Définir le traitement</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Option :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Justi&amp;fication:</source>
        <translation>Justi&amp;fication :</translation>
    </message>
    <message>
        <source>Residual likelihood:</source>
        <translation>Vraisemblance résiduelle :</translation>
    </message>
    <message>
        <source>Residual impact:</source>
        <translation>Impact résiduel :</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Risque résiduel :</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Create Task from Suggested Mitigation</source>
        <translation>Créer une tâche à partir de la mesure suggérée</translation>
    </message>
    <message>
        <source>Annex I:</source>
        <translation>Annexe I :</translation>
    </message>
    <message>
        <source>Linked tasks:</source>
        <translation>Tâches liées :</translation>
    </message>
    <message>
        <source>Suggested mitigations:</source>
        <translation>Mesures suggérées :</translation>
    </message>
    <message>
        <source>Why this threat</source>
        <translation>Pourquoi cette menace</translation>
    </message>
    <message>
        <source> · no longer holds</source>
        <translation> · ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>avoided</source>
        <translation>évité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No task answers this threat yet.</source>
        <translation>Aucune tâche ne traite encore cette menace.</translation>
    </message>
    <message>
        <source>  (task exists)</source>
        <translation>  (tâche existante)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No template library loaded.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune bibliothèque de modèles chargée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Working out why…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Recherche de la justification…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Added by hand; no template derived it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ajoutée manuellement ; aucun modèle ne l&apos;a dérivée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Template:&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(%2, version %3)&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modèle :&lt;/b&gt; %1 &lt;span style=&apos;color:gray&apos;&gt;(%2, version %3)&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Path:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chemin :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holds now:&lt;/b&gt; yes&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;S&apos;applique actuellement :&lt;/b&gt; oui&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holds now:&lt;/b&gt; &lt;span style=&apos;color:#b3261e&apos;&gt;no&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;S&apos;applique actuellement :&lt;/b&gt; &lt;span style=&apos;color:#b3261e&apos;&gt;non&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Because:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parce que :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Condition:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Condition :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tb::ThreatTableModel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténuée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transférée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>avoided</source>
        <translation>évité</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Element(s)</source>
        <translation>Élément(s)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>L</source>
        <translation>V</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
</context>
<context>
    <name>tb::ThreatsPanel</name>
    <message>
        <source>Filter threats…</source>
        <translation>Filtrer les menaces…</translation>
    </message>
    <message>
        <source>Filter threats by text</source>
        <translation>Filtrer les menaces par texte</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Filtre de niveau de risque</translation>
    </message>
    <message>
        <source>Annex I requirement filter</source>
        <translation>Filtre d&apos;exigence de l&apos;Annexe I</translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation>Toutes les exigences</translation>
    </message>
    <message>
        <source>Click to show the threats of every element</source>
        <translation>Cliquer pour afficher les menaces de tous les éléments</translation>
    </message>
    <message>
        <source>Click to show every risk cell</source>
        <translation>Cliquer pour afficher toutes les cellules de risque</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>Tous les niveaux de risque</translation>
    </message>
    <message>
        <source>Inherent: %1</source>
        <translation>Initial : %1</translation>
    </message>
    <message>
        <source>Element: %1  ✕</source>
        <translation>Élément : %1  ✕</translation>
    </message>
    <message>
        <source>Residual L%1 × I%2  ✕</source>
        <translation>Résiduel V%1 × I%2  ✕</translation>
    </message>
    <message>
        <source>Inherent L%1 × I%2  ✕</source>
        <translation>Initial V%1 × I%2  ✕</translation>
    </message>
    <message>
        <source>1 threat</source>
        <translation>1 menace</translation>
    </message>
    <message>
        <source>%1 threats</source>
        <translation>%1 menaces</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
</TS>
