title = La certification : accréditation, audits et cycle de trois ans
overview = Vous saurez décrire comment s’obtient et se maintient un certificat ISO/IEC 27001, des étapes 1 et 2 jusqu’à la surveillance et au renouvellement, qui contrôle les organismes de certification, et ce qu’un certificat apprend à un client, comme ce qu’il ne dit pas.
explanation =
    La certification ISO/IEC 27001 est l’attestation, délivrée par un organisme de certification indépendant, qu’un SMSI est conforme à la norme dans un domaine d’application donné. Ni l’ISO ni l’IEC ne certifient qui que ce soit. Un certificat vaut ce que valent la compétence et l’impartialité de l’organisme qui l’a délivré, et c’est l’accréditation qui les vérifie.

    Les organismes nationaux d’accréditation, comme le COFRAC en France, l’UKAS au Royaume-Uni, la DAkkS en Allemagne ou l’ANAB aux États-Unis, évaluent les organismes de certification au regard de l’ISO/IEC 17021-1, qui fixe les exigences générales applicables aux organismes d’audit et de certification de systèmes de management, et de l’ISO/IEC 27006-1, qui y ajoute des exigences propres au SMSI : compétence des auditeurs en sécurité de l’information, règles de calcul de la durée d’audit, etc. Son édition de 2024 a remplacé l’ISO/IEC 27006:2015, d’où les documents plus anciens qui la citent sans numéro de partie. Les organismes d’accréditation signataires de l’accord multilatéral de l’IAF (International Accreditation Forum) reconnaissent mutuellement leurs accréditations : un certificat émis sous accréditation COFRAC a le même poids au Royaume-Uni.

    La certification initiale se déroule en deux étapes. L’étape 1 examine le SMSI documenté et l’état de préparation de l’organisme ; l’étape 2 évalue si le système est mis en œuvre et efficace. La décision revient ensuite à des personnes de l’organisme de certification qui n’ont pas réalisé l’audit. Le certificat est valable trois ans, avec un audit de surveillance chaque année et un audit de renouvellement avant son échéance.

    L’ISO/IEC 27001:2022 est parue en octobre 2022, et les organismes certifiés ont disposé de trois ans pour l’adopter. Cette transition s’est achevée le 31 octobre 2025 : les certificats selon l’édition 2013 ne sont plus valables, et un client à qui l’on en présente un doit demander le certificat en vigueur.
practical-example = Une fintech de 45 personnes choisit un organisme de certification accrédité par le COFRAC. L’audit d’étape 1, pour moitié à distance, juge sains le domaine d’application et la déclaration d’applicabilité, mais relève qu’aucune revue de direction n’a encore eu lieu ; l’entreprise en tient une avant l’étape 2, six semaines plus tard. L’étape 2 échantillonne revues d’accès, évaluations de fournisseurs et enregistrements d’incidents, et relève deux non-conformités mineures, pour lesquelles l’entreprise soumet un plan d’actions. Le certificat est délivré, et les audits de surveillance des deux années suivantes sont aussitôt planifiés, chacun précédé d’un audit interne et d’une revue de direction.
block-accreditation-heading = Qui contrôle les certificateurs
block-accreditation-body =
    Trois niveaux se tiennent derrière un certificat.

    - L’organisme fait fonctionner son SMSI et se fait auditer.
    - L’organisme de certification l’audite et décide de la certification, selon l’ISO/IEC 17021-1 et l’ISO/IEC 27006-1.
    - L’organisme d’accréditation évalue l’organisme de certification, notamment en observant certains de ses audits, et peut suspendre ou retirer son accréditation.

    Dans l’Union européenne, chaque État membre dispose d’un organisme national d’accréditation unique. Un certificat délivré sans accréditation n’a rien d’illégal, mais personne n’a contrôlé l’organisme qui l’a émis, et de nombreux clients et acheteurs publics le refusent. L’impartialité traverse toutes les règles : l’organisme de certification ne peut ni conseiller l’organisme sur le SMSI qu’il certifie, ni réaliser ses audits internes.
block-initial-audit-heading = Étape 1, étape 2 et constats
block-initial-audit-body =
    L’étape 1 examine le domaine d’application, la politique, l’appréciation et le traitement des risques, la déclaration d’applicabilité et les autres informations documentées, prend connaissance des sites et vérifie que les audits internes et les revues de direction sont planifiés et engagés. Elle se conclut par un avis sur la préparation à l’étape 2 et une liste de points à régler. L’étape 2 évalue la mise en œuvre et l’efficacité par des entretiens, des enregistrements, des observations et un suivi du fil qui va des risques aux mesures et aux preuves.

    - Une non-conformité majeure compromet la capacité du SMSI à atteindre les résultats attendus : une exigence ignorée, comme l’absence de tout audit interne, ou une défaillance systémique.
    - Une non-conformité mineure est un écart isolé qui ne remet pas cette capacité en cause.
    - Une piste d’amélioration n’est pas une non-conformité.

    Tant qu’une non-conformité majeure reste ouverte, aucun certificat n’est délivré avant que l’organisme de certification n’ait vérifié la correction et l’action corrective, en principe dans les six mois suivant la fin de l’étape 2 ; au-delà, l’étape 2 est refaite. Pour les mineures, il accepte un plan d’actions et le vérifie à l’audit suivant.
block-three-year-cycle-heading = Le cycle de trois ans
block-three-year-cycle-body = Le certificat est valable trois ans. Les audits de surveillance ont lieu au moins une fois par année civile, le premier dans les douze mois suivant la décision de certification. Ils échantillonnent le SMSI mais examinent toujours l’audit interne, la revue de direction, les actions correctives et les changements. Avant l’échéance, un audit de renouvellement réexamine l’ensemble du système et sa performance sur le cycle, et un nouveau certificat de trois ans suit. Une extension du périmètre ou un incident grave peut justifier un audit spécial entre ces dates.
block-reading-a-certificate-heading = Ce qu’un certificat dit à un client
block-reading-a-certificate-body =
    Un certificat atteste qu’un SMSI de périmètre donné était conforme à l’ISO/IEC 27001 lors de l’audit et reste sous surveillance. Il ne dit pas que chaque mesure est irréprochable, qu’un produit est sûr, ni que les activités hors périmètre sont couvertes.

    - Lisez le domaine d’application : activités, services, sites.
    - Vérifiez l’édition (ISO/IEC 27001:2022), les dates de validité et le numéro du certificat.
    - Identifiez l’organisme de certification et son accréditation, et retrouvez le certificat dans son registre.
    - Relevez la version de la déclaration d’applicabilité à laquelle le certificat renvoie en général, et demandez la DdA, souvent communiquée sous accord de confidentialité, pour voir quelles mesures s’appliquent au service que vous achetez.
example-scope-mismatch = Une banque découvre que le certificat d’un fournisseur ne couvre que l’exploitation de ses centres de données, alors que ses données sont traitées par le centre de support du fournisseur, dans un autre pays. Elle exige des clauses contractuelles et des preuves pour ce centre de support, que le certificat ne couvre pas.
example-major-finding = À l’étape 2, une jeune pousse présente une déclaration d’applicabilité soignée, mais n’a jamais mené d’audit interne. L’auditeur relève une non-conformité majeure ; l’entreprise réalise l’audit et l’inscrit à son programme annuel, l’organisme de certification vérifie les preuves cinq semaines plus tard, et la certification est accordée.
callout-scope-not-logo-title = Lisez le périmètre, pas le logo
callout-scope-not-logo-body = L’erreur de lecture la plus courante consiste à croire qu’un certificat couvre toute l’entreprise. Comparez toujours le domaine d’application au service, aux sites et aux équipes qui traiteront vos informations.
callout-verify-title = Vérifiez avant de vous y fier
callout-verify-body = Retrouvez le certificat dans le registre en ligne de l’organisme de certification ou dans IAF CertSearch, et assurez-vous que cet organisme est accrédité pour l’ISO/IEC 27001 par un organisme d’accréditation reconnu. Un certificat peut être suspendu ou retiré entre deux audits.
prompt = Un fournisseur répond à votre questionnaire de sécurité en joignant son certificat ISO/IEC 27001, sans rien d’autre. Rédigez les trois questions que vous lui renverriez avant de l’accepter comme preuve.
prompt-guidance =
    De bonnes questions portent sur le périmètre, la validité et le détail derrière le certificat. Le domaine d’application couvre-t-il le service, les sites et les équipes qui traiteront nos données, et sinon, quelles mesures s’y appliquent ? Le certificat est-il en cours de validité, selon l’édition 2022, et délivré par un organisme accrédité ? Pouvez-vous nous communiquer votre déclaration d’applicabilité, ou au moins les mesures appliquées à notre service, et l’état des non-conformités ouvertes ?

    Une réponse solide dit aussi la suite : le certificat réduit le nombre de questions à poser, il ne remplace pas un contrat comportant des clauses de sécurité au titre de la mesure 5.20, la sécurité de l’information dans les accords conclus avec les fournisseurs.
exercise = Un nouvel hébergeur vous transmet son certificat ISO/IEC 27001. Quelles vérifications vous aident à décider jusqu’où vous y fier ? Plusieurs réponses sont possibles.
exercise-explanation = Le domaine d’application doit couvrir le service acheté, le certificat doit être établi selon l’édition 2022 et en cours de validité, et l’organisme qui l’a émis doit être accrédité, le certificat figurant dans son registre. Un certificat n’énumère jamais les 93 mesures comme mises en œuvre, puisque c’est la déclaration d’applicabilité qui en décide, et la mention d’une certification ISO/IEC 27002 est un signal d’alerte, cette norme ne se certifiant pas.
exercise-option-scope-covers = Le domaine d’application inclut le service d’hébergement et les sites que vous utiliserez
exercise-option-scope-covers-feedback = Oui : ce qui est hors périmètre n’est pas couvert par le certificat.
exercise-option-edition-dates = Il est établi selon l’ISO/IEC 27001:2022 et se trouve dans ses dates de validité
exercise-option-edition-dates-feedback = Oui : les certificats selon l’édition 2013 ne sont plus valables depuis le 31 octobre 2025.
exercise-option-accredited-register = L’organisme de certification est accrédité et le certificat figure dans son registre
exercise-option-accredited-register-feedback = Oui : l’accréditation et le registre confirment que le certificat est authentique et en vigueur.
exercise-option-all-controls = Le certificat indique que les 93 mesures de l’annexe A sont mises en œuvre
exercise-option-all-controls-feedback = Non : c’est la déclaration d’applicabilité qui détermine les mesures applicables, et le certificat ne les énumère pas.
exercise-option-iso27002 = Le certificat atteste aussi une certification ISO/IEC 27002
exercise-option-iso27002-feedback = Non : l’ISO/IEC 27002 est un guide et ne se certifie pas ; une telle mention doit alerter.
figure-certification-cycle-caption = Le cycle de certification ISO/IEC 27001, de l’étape 1 au renouvellement
figure-certification-cycle-description =
    La figure comporte deux zones grisées.

    - À gauche, « Certification initiale » : l’audit d’étape 1 (documentation et préparation) mène, de gauche à droite, à l’audit d’étape 2 (mise en œuvre et efficacité), qui mène lui-même au certificat, dans la seconde zone.
    - À droite, « Certificat valable trois ans » : quatre cadres forment une boucle dans le sens des aiguilles d’une montre. Le certificat, en haut (délivré sur une décision prise hors de l’équipe d’audit), mène au premier audit de surveillance, à droite (dans les douze mois suivant la décision), puis au second audit de surveillance, en bas (surveillance au moins une fois par année civile), puis à l’audit de renouvellement, à gauche (avant l’échéance).

    Une flèche remonte du renouvellement au certificat, et la mention « nouveau cycle de trois ans » figure au centre de la boucle.
figure-certification-cycle-label-zone-initial = Certification initiale
figure-certification-cycle-label-zone-validity = Certificat valable trois ans
figure-certification-cycle-label-stage-1 = Audit d’étape 1
figure-certification-cycle-label-stage-1-detail = documentation et préparation
figure-certification-cycle-label-stage-2 = Audit d’étape 2
figure-certification-cycle-label-stage-2-detail = mise en œuvre et efficacité
figure-certification-cycle-label-certificate = Certificat
figure-certification-cycle-label-certificate-detail = décision prise hors de l’équipe d’audit
figure-certification-cycle-label-surveillance-1 = Surveillance, année 1
figure-certification-cycle-label-surveillance-1-detail = dans les 12 mois suivant la décision
figure-certification-cycle-label-surveillance-2 = Surveillance, année 2
figure-certification-cycle-label-surveillance-2-detail = au moins une fois par année civile
figure-certification-cycle-label-recertification = Renouvellement
figure-certification-cycle-label-recertification-detail = avant l’échéance
figure-certification-cycle-label-new-cycle = nouveau cycle de trois ans
