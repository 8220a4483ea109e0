lang-en = English
lang-it = Italiano
lang-de = Deutsch
lang-fr = Français

common-cancel = Annuler
common-save = Enregistrer
common-close = Fermer
common-back = Retour
common-ok = OK
common-edit = Modifier
common-delete = Supprimer
common-undo = Annuler l'action
common-yes = Oui
common-no = Non
stage-reminder = rappel
stage-formal-letter = mise en demeure
stage-seven-day-notice = deuxième relance
stage-legal-warning = dernière mise en demeure
state-handover-ready = prête à être transmise
state-handed-over = transmise
state-no-letter = aucune lettre
state-paid = payée
state-written-off = passée en perte
state-open = ouverte
state-disputed = contestée
state-paused = en pause
state-promised = paiement promis

first-run-welcome = Bienvenue dans Overdue
first-run-who-are-you = Les lettres partent en votre nom. Dites à Overdue qui vous êtes ; vous pourrez le modifier plus tard dans Réglages.
first-run-save-continue = Enregistrer et continuer
first-run-how-start = Votre profil est enregistré. Comment voulez-vous commencer ?
first-run-getting-ready = Préparation de votre registre…
first-run-start-empty = Commencer à vide
first-run-start-empty-hint = Ajoutez les factures une à une avec Nouvelle facture.
first-run-try-demo = Essayer la démo
first-run-try-demo-hint = Un registre de démonstration séparé avec { $count } factures fictives, à chaque étape des relances ; votre propre registre reste vide et intact.
first-run-import = Importer un CSV
first-run-data-stays = Vos données restent sur cet ordinateur.
csv-columns-hint = Colonnes : numéro, client, date, échéance, montant (et, si besoin, devise, payé, e-mail…).
csv-format-hint = Séparateur : virgule ou point-virgule. Si une seule ligne est erronée, rien n'est importé, et le message d'erreur indique laquelle.
csv-file = Fichier CSV
csv-path-hint = chemin, ou laisser vide pour parcourir

## detail.rs (the invoice page)
detail-heading = Facture { $invoice }
detail-amount = Montant
detail-paid = Payé
detail-balance = Solde
detail-issued = Émise le
detail-due = Échéance
detail-terms = Conditions de paiement : { $terms }
detail-terms-agreed = Conditions de paiement : { $terms } (convenues le { $date })
detail-step-sent = envoyée le { $date }
detail-step-due-now = à envoyer, date limite : { $date }
detail-step-not-sent = non envoyée
detail-step-ready = prête
detail-step-not-yet = pas encore
detail-step-on = le { $date }
# The last box of the ladder strip (capitalised by the window).
detail-step-handover = transmission à l'avocat
detail-next = Prochaine étape : { $reason }
detail-preview-letter = Aperçu de la lettre
detail-send-letter = Envoyer la lettre
detail-claim-heading = Créance à ce jour
detail-interest-from = Les intérêts courent à partir du { $date } ({ $reason })
detail-no-interest = Aucun intérêt ne court : { $reason }
detail-interest-rate = au taux de { $rate }
detail-interest-daily = { $amount } par jour
detail-col-from = Du
detail-col-to = Au
detail-col-days = Jours
detail-col-rate = Taux
detail-interest = Intérêts
detail-compensation = Indemnité forfaitaire
detail-total = Total
detail-letters-heading = Lettres envoyées
detail-letters-none = Aucune pour l'instant.
detail-open-pdf = Ouvrir
detail-open-pdf-hint = Ouvrir le PDF tel qu'il a été envoyé
detail-save-pdf-as = Enregistrer sous…
detail-no-pdf = aucun PDF enregistré
detail-payment-heading = Enregistrer un paiement
detail-paid-on = Payé le
detail-amount-paid = Montant payé
detail-method = Moyen de paiement
detail-record-payment = Enregistrer le paiement
detail-case-heading = Noter un échange, ou modifier la suite des relances
detail-note = Note
detail-until = Jusqu'au
detail-log-call = Noter un appel
detail-log-email = Noter un e-mail
detail-log-meeting = Noter une réunion
detail-add-note = Ajouter une note
detail-resolve-dispute = Clore la contestation
detail-open-dispute = Ouvrir une contestation
detail-promise = Promesse de paiement
detail-until-hint = Jusqu'au jour indiqué ci-dessus
detail-pause = Mettre en pause
detail-write-off = Passer en perte
detail-hand-over = Transmettre à l'avocat
detail-not-received = Intérêts réclamés et non perçus : { $interest }
detail-not-received-compensation = Intérêts réclamés et non perçus : { $interest } ; indemnité forfaitaire : { $compensation }
# $decision is "waived" or "kept".
detail-decided = Décision : { $decision ->
        [waived] intérêts abandonnés
       *[other] intérêts toujours réclamés
    }.
detail-waive = Y renoncer
detail-keep-claiming = Continuer à les réclamer
detail-keep-claiming-hint = Garder la créance ouverte pour une lettre réclamant les seuls intérêts
detail-corrections-heading = Corrections
detail-void-payment = Annuler le paiement { $id }
detail-void-payment-hint = Retirer ce paiement (conservé dans l'historique avec le motif)
detail-edit-invoice = Modifier la facture
detail-undo-handover = Annuler la transmission
detail-undo-writeoff = Annuler le passage en perte
detail-timeline-heading = Historique
detail-timeline-empty = Rien d'enregistré pour l'instant.
detail-timeline-letter = { $text } : { $amount } au plus tard le { $date }
detail-timeline-until = { $text } (jusqu'au { $date })
# What each timeline entry is.
detail-kind-letter = lettre
detail-kind-payment = paiement
detail-kind-call = appel
detail-kind-email = e-mail
detail-kind-meeting = réunion
detail-kind-note = note
detail-kind-promise-to-pay = promesse de paiement
detail-kind-dispute-opened = contestation ouverte
detail-kind-dispute-resolved = contestation close
detail-kind-paused-until = en pause
detail-kind-handed-over = transmise à l'avocat
detail-kind-written-off = passée en perte
detail-kind-invoice-changed = facture modifiée
detail-kind-invoice-deleted = facture supprimée
detail-kind-payment-voided = paiement annulé
detail-kind-handover-undone = transmission annulée
detail-kind-writeoff-undone = passage en perte annulé
detail-kind-interest-waived = intérêts abandonnés
detail-kind-interest-kept = intérêts maintenus

## handlers.rs (the toasts of sending, importing, the demo, settings, the first run)
handlers-sent-stored =
    { $count ->
        [one] { $count } lettre envoyée et enregistrée
       *[other] { $count } lettres envoyées et enregistrées
    }
handlers-sent-skipped =
    { $count ->
        [one] { $count } ignorée (le registre a changé entre-temps)
       *[other] { $count } ignorées (le registre a changé entre-temps)
    }
handlers-sent-failed = { $count } en échec : { $errors }
handlers-sending-failed = Échec de l'envoi : { $error }
handlers-imported =
    { $invoices ->
        [one] { $invoices } facture importée
       *[other] { $invoices } factures importées
    } ({ $clients ->
        [one] { $clients } nouveau client
       *[other] { $clients } nouveaux clients
    }, { $payments ->
        [one] { $payments } paiement
       *[other] { $payments } paiements
    }).
handlers-import-converted = Le fichier était en { $encoding } ; il a été converti.
handlers-import-new-clients = Nouveaux clients : { $names }.
handlers-nothing-imported = Rien n'a été importé : { $error }
handlers-demo-failed = La démo n'a pas pu être ouverte : { $error }
handlers-no-letters-folder = Le registre n'a aucun dossier où enregistrer les lettres.
handlers-invoice-added = Facture { $number } ajoutée.
handlers-policy-saved = Règles de relance enregistrées.
handlers-template-saved = Modèle enregistré dans { $path }.
handlers-rate-saved = Taux enregistré : { $series } à partir du { $date }, { $rate } %. Le prochain calcul des intérêts l'utilisera.
handlers-template-reset = Le modèle d'origine est de nouveau utilisé.
handlers-logo-filter = PNG ou JPEG
handlers-profile-saved = Profil de { $name } enregistré.
handlers-logo-saved = Logo enregistré.
handlers-logo-removed = Logo supprimé.
handlers-ready-empty = Tout est prêt. Ajoutez votre première facture avec Nouvelle facture.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = Le { $date } est dans le futur : la fenêtre affiche ce jour et n'enregistre rien (Overdue enregistre ce qui s'est passé)
app-demo-open = Le registre de démonstration est ouvert ({ $count } factures fictives) ; votre propre registre reste intact. Retour à mon registre vous y ramène.
app-back-home = Vous êtes de retour dans votre registre.
app-demo-title = Overdue — registre de DÉMO (données fictives)
app-read-only = LECTURE SEULE
app-demo = DÉMO
app-back-to-my-ledger = Retour à mon registre
app-today = Aujourd'hui
app-invoices = Factures
app-clients = Clients
app-settings = Réglages
app-new-invoice = Nouvelle facture
app-import-csv = Importer un CSV…
app-light-theme = Thème clair
app-dark-theme = Thème sombre
app-as-of = au { $date }
app-sending-letters = Envoi des lettres
app-progress = { $done } sur { $total }
app-working = Traitement en cours…
app-ledger-path = Registre : { $path }
app-cannot-read = Impossible de lire le registre : { $error }
app-no-invoice-open = Aucune facture ouverte.
app-no-letter-to-preview = Aucune lettre à prévisualiser.

## sending.rs (sending one letter, saving and opening PDFs)
sending-recorded = Lettre « { $stage } » pour { $number } enregistrée comme envoyée ; son PDF est conservé (date limite { $date }).
sending-not-sent = Non envoyée : { $error }
sending-saved = Enregistré sous { $path }.
sending-opened = { $path } ouvert.
sending-cannot-open = Impossible d'ouvrir { $path } avec { $program } : { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = Une sauvegarde est effectuée automatiquement à la première écriture de chaque jour, nommée d'après l'horloge système, dans un dossier propre à ce registre ; les { $count } dernières sont conservées.
backups-back-up-now = Sauvegarder maintenant
backups-none-yet = Aucune sauvegarde pour l'instant.
backups-size-kb = { $size } Ko
backups-restore-this = Restaurer celle-ci
backups-restore-from-file = Restaurer depuis un fichier
backups-restore = Restaurer…
backups-ledger-filter = Registre Overdue
backups-replace-heading = Remplacer le registre ?
backups-replace-everything = Tout le contenu du registre sera remplacé par { $path }.
backups-careful = Attention : { $reason }.
backups-undoable = Le registre tel qu'il est maintenant est d'abord sauvegardé : cette opération peut donc être annulée.
backups-replace-with-other = Le remplacer par l'autre registre
backups-replace = Remplacer le registre
backups-backed-up = Sauvegardé dans { $path }.
backups-failed = Aucune sauvegarde effectuée : { $error }
backups-restored = Restauré depuis { $path }. Le registre tel qu'il était se trouve dans { $copy }.
backups-nothing-restored = Rien n'a été restauré : { $error }
backups-cannot-list = Impossible de lister les sauvegardes : { $error }

## today.rs (Today: figures, aging, the due queue, the coming week, Log call / Pause)
today-due-heading = À faire aujourd'hui ({ $count })
today-send-all = Tout envoyer ({ $count })
today-nothing-due = Rien à faire aujourd'hui. Toutes les factures ouvertes sont dans les délais ou attendent l'expiration d'un délai.
today-soon-heading = Dans les { $days } prochains jours ({ $count })
today-nothing-soon = Rien n'arrive à échéance dans la semaine à venir.
today-outstanding = Encours
today-nothing = rien
today-outstanding-in = Encours ({ $currency })
today-overdue-in = En retard ({ $currency })
today-no-letter-yet = Aucune lettre
today-reminder-sent = Rappel envoyé
today-formal-letter-sent = Mise en demeure envoyée
today-second-demand-sent = Deuxième relance envoyée
today-legal-warning-sent = Dernière mise en demeure envoyée
today-handed-over = Transmises à l'avocat
today-aging-heading = Retards par ancienneté ({ $currency })
# The aging buckets, by days overdue.
today-aging-0-30 = 0–30 jours
today-aging-31-60 = 31–60 jours
today-aging-61-90 = 61–90 jours
today-aging-over-90 = plus de 90 jours
# A bucket and its amount, under the chart.
today-aging-amount = { $bucket } : { $amount }
today-col-client = Client
today-col-invoice = Facture
today-col-balance = Solde
today-col-days = Jours
today-col-letter = Lettre
today-col-deadline = Date limite
today-col-actions = Actions
today-col-on = Le
today-col-what = Étape
today-preview = Aperçu
today-preview-hint = Voir la lettre avant son envoi
today-send = Envoyer
today-send-hint = L'enregistrer comme envoyée et conserver son PDF
today-hand-over = Transmettre à l'avocat
today-log-call = Noter un appel
today-pause = Suspendre
today-pause-heading = Mettre en pause les relances de { $number }
today-log-call-heading = Noter un appel pour { $number }
today-until = Jusqu'au
today-pause-why = Motif (pour l'historique)
today-call-what = Ce qui a été dit

## invoices.rs (Invoices: filters, table, new-invoice form)
invoices-filter-all = Toutes
invoices-filter-open = Ouvertes
invoices-filter-overdue = En retard
invoices-filter-disputed = Contestées
invoices-filter-promised = Paiement promis
invoices-filter-paused = En pause
invoices-filter-handed-over = Transmises
invoices-filter-paid = Payées
invoices-filter-written-off = Passées en perte
invoices-search = Rechercher
invoices-search-hint = numéro ou client (Ctrl+F)
invoices-count = { $total ->
    [one] { $shown } sur { $total } facture
   *[other] { $shown } sur { $total } factures
}
invoices-number = Numéro
invoices-client = Client
invoices-issued = Émise le
invoices-due = Échéance
invoices-amount = Montant
invoices-balance = Solde
invoices-status = Statut
invoices-stage = Étape
invoices-new-heading = Nouvelle facture
invoices-client-name = Nom du client
invoices-pick = Choisir
invoices-pick-client = Choisir un client
invoices-currency = Devise
invoices-terms = Conditions de paiement
invoices-description = Description
invoices-late-rate = Taux des pénalités de retard (%)
invoices-add = Ajouter la facture

## clients.rs (Clients: list, a client's facts and invoices, add and edit form)
clients-kind-business = Entreprise
clients-kind-consumer = Consommateur
clients-kind-public = Organisme public
# A client's kind in the facts list (lower case).
clients-kind-is-business = entreprise
clients-kind-is-consumer = consommateur
clients-kind-is-public = organisme public
clients-law-default = Celle de mon pays
clients-law-it = Italie (D.Lgs. 231/2002)
clients-law-de = Allemagne (BGB 288)
clients-law-fr = France (Code de commerce)
clients-law-eu = Directive UE 2011/7
clients-law-gb = Royaume-Uni (Late Payment Act 1998)
clients-law-none = Aucun intérêt de retard légal
clients-law-from-my-country = celle de mon pays
clients-heading = Clients
clients-add = Ajouter un client
clients-filter = Filtrer
clients-name = Nom
clients-owes = Restant dû
clients-nothing = rien
clients-pick-hint = Choisissez un client à gauche.
clients-edit = Modifier le client
clients-new-invoice = Nouvelle facture pour ce client
clients-kind = Type
clients-country = Pays
clients-language = Langue
clients-law = Loi applicable
clients-email = E-mail
clients-address = Adresse
clients-vat = N° de TVA
clients-notes = Notes
clients-invoices-heading = Factures ({ $count })
clients-col-number = Numéro
clients-col-due = Échéance
clients-col-balance = Solde
clients-col-status = Statut
clients-col-ladder = Relances
clients-new-heading = Nouveau client
clients-country-iso = Pays (code ISO)
clients-sole-trader = Entrepreneur individuel (une personne, pas une société)
clients-contact = Personne de contact
clients-salutation = Formule d'appel (ex. Monsieur Dupont)
clients-save = Enregistrer le client

## preview.rs (the letter preview's buttons)
preview-save-pdf = Enregistrer le PDF sous…
preview-send = Envoyer
preview-not-due = Cette lettre n'est pas celle à envoyer aujourd'hui : vous pouvez en voir l'aperçu, mais pas l'envoyer.
preview-logo = Logo

## rates.rs (Settings › Interest rate tables, and the stale-table warnings)
rates-choice-ecb-mro = Taux de refinancement principal de la BCE (IT, FR, UE)
rates-choice-de-basiszins = Basiszinssatz allemand (DE)
rates-choice-boe-base = Taux directeur de la Banque d'Angleterre (GB)
rates-choice-it-legal = Taux légal italien, annuel (consommateurs IT)
rates-choice-fr-legal = Taux de l'intérêt légal (consommateurs FR)
rates-series-ecb-mro = Taux de refinancement principal de la BCE
rates-series-de-basiszins = Basiszinssatz allemand (taux de base)
rates-series-boe-base = Taux directeur de la Banque d'Angleterre
rates-series-it-legal = Taux d'intérêt légal italien (art. 1284 c.c.)
rates-series-fr-legal = Taux de l'intérêt légal
# A rate table's name and how many rows it has.
rates-series-heading = { $count ->
    [one] { $table } ({ $count } ligne)
   *[other] { $table } ({ $count } lignes)
}
rates-stale-heading = Les intérêts de cette lettre reposent sur une table de taux périmée :
rates-warning = Attention : { $warning }
rates-not-loaded = Les taux se chargent avec les lettres.
rates-all-current = Toutes les tables couvrent la date du jour.
rates-add-heading = Ajouter ou corriger un taux
rates-add-hint = Un taux s'applique à partir du 1er janvier ou du 1er juillet (du 1er janvier pour le taux légal italien). Vos taux priment sur ceux fournis ; les lettres déjà envoyées restent inchangées.
rates-table = Table
rates-from-date = À partir du (AAAA-MM-JJ)
rates-rate-percent = Taux en pourcentage
rates-source = Source
rates-save = Enregistrer le taux
rates-col-period = Période
rates-col-from = À partir du
rates-col-rate = Taux %
rates-col-origin = Origine
rates-col-source = Source
rates-origin-shipped = fourni
rates-origin-yours = saisi par vous

## settings.rs (Settings: profile, ladder policy, template editor, data location)
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-sending-post = Courrier ou e-mail
settings-sending-registered = Recommandé avec AR (raccomandata A/R, LRAR)
settings-sending-pec = PEC (e-mail certifié italien)
settings-next-small-claims = Tribunal (petits litiges)
settings-next-payment-order = Injonction de payer
settings-next-collection-agency = Société de recouvrement
settings-next-lawyer = Un avocat
settings-business-name = Nom ou raison sociale
settings-address = Adresse
settings-town = Ville de rédaction des lettres
settings-country = Pays (code ISO)
settings-vat = N° de TVA
settings-iban = IBAN
settings-bic = BIC (pour les paiements depuis l'étranger)
settings-sort-code = Sort code (Royaume-Uni)
settings-account-number = Numéro de compte (Royaume-Uni)
settings-email = E-mail
settings-phone = Téléphone
settings-signatory = Signataire
settings-letter-language = Langue des lettres
settings-currency = Devise
settings-paper = Papier
settings-sending = Mode d'envoi des relances
settings-next-step = Étape après la dernière mise en demeure
settings-profile-heading = Profil de l'entreprise
settings-save-profile = Enregistrer le profil
settings-logo-set = Un logo est défini.
settings-no-logo = Aucun logo.
settings-choose-logo = Choisir un logo…
settings-remove-logo = Retirer le logo
settings-policy-heading = Règles de relance
settings-templates-heading = Modèles de lettres
settings-rates-heading = Tables des taux d'intérêt
settings-backups-heading = Sauvegardes
settings-data-heading = Emplacement des données
settings-ledger-path = Registre : { $path }
settings-templates-path = Vos modèles : { $path }
settings-rates-path = Vos tables de taux : { $path }
settings-letters-path = Lettres groupées : { $path }
settings-data-stays = Tout reste sur cet ordinateur.
settings-col-stage = Étape
settings-col-earliest = Au plus tôt (jours après l'échéance)
settings-col-deadline = Délai accordé (jours)
settings-earliest-hint = premier jour possible
settings-consumer-deadline = Délai de la dernière mise en demeure pour les consommateurs (jours)
settings-min-balance = Solde minimum justifiant une relance
settings-claim-from = Réclamer les intérêts à partir de l'étape
settings-next-step-note = L'étape après la dernière mise en demeure se règle dans le profil ci-dessus.
settings-save-policy = Enregistrer les règles
settings-template-language = Langue du modèle
settings-template-stage = Étape du modèle
settings-your-copy = votre copie
settings-shipped-template = modèle fourni
settings-template-text = Texte du modèle
settings-template-ok = Le modèle est valide.
settings-not-saved = Non enregistré : { $error }
settings-save-template = Enregistrer le modèle
settings-reset-template = Revenir au modèle fourni
settings-preview-waits = L'aperçu s'affiche quand le modèle est valide.

## widgets.rs (shared widgets)
# An invoice's standing in lists (lower case), beside the state-* names.
widgets-status-overdue = en retard

## confirm.rs (confirmations, reasons, corrections' toasts)
confirm-void-title = Annuler le paiement { $id } de { $invoice } ?
confirm-undo-handover-title = Annuler la transmission de { $invoice } ?
confirm-undo-writeoff-title = Annuler le passage en perte de { $invoice } ?
# $stage is a stage-* name.
confirm-send-title = Envoyer la lettre de { $stage } ?
confirm-send-text = Enregistrer la lettre de { $stage } pour { $invoice } comme envoyée aujourd'hui ({ $date }). Son PDF est conservé tel qu'il est maintenant et ne sera plus modifié ; la suite des relances se calcule à partir de cette lettre.
confirm-send-yes = Envoyer la lettre de { $stage }
confirm-payment-overpaid = la facture sera entièrement payée, et { $amount } sera imputé sur les intérêts et l'indemnité forfaitaire réclamés (en priorité sur les intérêts)
confirm-payment-in-full = la facture sera entièrement payée
confirm-payment-remaining = il restera { $amount } à payer
confirm-payment-title = Enregistrer ce paiement ?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Enregistrer un paiement de { $amount } en date du { $date } sur { $invoice } : { $effect }.
confirm-handover-title = Transmettre { $invoice } à l'avocat ?
confirm-handover-text = Marquer { $invoice } comme transmise à l'avocat le { $date } : Overdue cesse de proposer des lettres pour cette facture. « Annuler la transmission », sur sa page, la rétablit.
confirm-writeoff-title = Passer { $invoice } en perte ?
confirm-writeoff-text = Passer { $invoice } en perte le { $date } : plus rien n'est réclamé. « Annuler le passage en perte » sur sa page la rétablit.
confirm-reason-kept = Le motif est conservé dans l'historique de la facture.
confirm-reason = Motif
confirm-reason-confirm = Confirmer
confirm-payment-voided = paiement { $id } annulé ; nouveau solde : { $balance }
confirm-handover-undone = transmission annulée
confirm-writeoff-undone = passage en perte annulé

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Paiement enregistré sur { $invoice } ; nouveau solde : { $balance }.
# $kind is call, email, meeting or note.
edits-logged = { $kind ->
        [call] appel noté
        [email] e-mail noté
        [meeting] réunion notée
        [note] note ajoutée
       *[other] { $kind } noté
    }
edits-dispute-opened = contestation ouverte : les relances sont en pause
edits-dispute-resolved = contestation close : les relances reprennent
edits-promise-logged = promesse de paiement d'ici le { $date } notée
edits-paused = relances en pause jusqu'au { $date }
edits-written-off = passée en perte
edits-handed-over = transmise à l'avocat
edits-client-added = Client { $client } ajouté.
edits-client-saved = Client { $client } enregistré.
# The fields a case action's error names, before the action's own words.
edits-field-text = note
edits-field-until = date
edits-field-kind = type

## forms.rs (the forms' own values and errors)
# The payment method a new payment form starts with (editable, stored as typed).
forms-method-bank-transfer = virement bancaire
forms-not-whole-days = « { $value } » n'est pas un nombre entier de jours

## invoice_edit.rs (Correct invoice dialog)
invoice-edit-heading = Corriger la facture { $invoice }
invoice-edit-letters-sent = Des lettres ont été envoyées pour cette facture : elles restent telles quelles. La prochaine lettre et la créance reprennent les données corrigées.
invoice-edit-number = Numéro
invoice-edit-issued = Émise le
invoice-edit-due = Échéance
invoice-edit-amount = Montant
invoice-edit-description = Description
invoice-edit-terms = Conditions de paiement
invoice-edit-late-rate = Taux des pénalités de retard (%)
invoice-edit-reason = Motif de la correction
invoice-edit-save = Enregistrer la correction
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } corrigée : { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Certains noms correspondent à des clients existants, écrits différemment
dialogs-match-text = Rien n'a été importé. Ces lignes désignent un client que vous avez déjà, avec d'autres majuscules, accents ou ponctuation :
dialogs-match-book = Les rattacher aux clients existants
dialogs-send-all-title = Envoyer { $count ->
        [one] { $count } lettre
       *[other] { $count } lettres
    } ?
dialogs-send-all-yes = Envoyer { $count ->
        [one] { $count } lettre
       *[other] { $count } lettres
    }
dialogs-stale-rates = Les lettres qui réclament des intérêts pour ces périodes utilisent le dernier taux connu :
dialogs-stale-rates-hint = Ajoutez d'abord le taux dans Réglages › Tables des taux d'intérêt, s'il est publié.
dialogs-send-all-checked = Chaque lettre est vérifiée à nouveau juste avant d'être enregistrée : une facture payée ou contestée entre-temps est ignorée.
dialogs-send-all-stored = Les PDF sont enregistrés dans le registre, et une copie de chacun est placée dans le dossier des lettres, à côté du registre.
dialogs-import-heading = Importer des factures depuis un CSV
dialogs-import = Importer

## Date picker (date_picker.rs)
date-pick = Choisir…
date-previous-month = Mois précédent
date-next-month = Mois suivant
date-mon = Lu
date-tue = Ma
date-wed = Me
date-thu = Je
date-fri = Ve
date-sat = Sa
date-sun = Di

## Settings › Window language (settings.rs)
settings-window-language = Langue de la fenêtre

## core: src/domain/money.rs (amounts and currencies)
err-money-unknown-currency = devise inconnue « { $value } » (un code ISO 4217 est attendu, par exemple EUR, GBP, USD)
err-money-not-a-number = « { $value } » n'est pas un montant
err-money-too-many-decimals =
    « { $value } » a { $decimals ->
        [one] { $decimals } décimale
       *[other] { $decimals } décimales
    } ; { $currency } en admet au plus { $max }
err-money-ambiguous = « { $value } » est ambigu : indiquez-le avec ses décimales (par ex. 1234.00 ou 1.234,00)
err-money-overflow = « { $value } » est trop grand
err-money-not-positive = « { $value } » doit être supérieur à zéro
# $other is a currency code, msg-money-dollars or msg-money-yen-or-yuan.
err-money-other-currency = « { $value } » est en { $other }, mais le montant est en { $currency } : indiquez-le en { $currency } ou changez la devise
msg-money-dollars = dollars
msg-money-yen-or-yuan = yens ou yuans

## core: src/domain/dates.rs (dates as typed)
err-dates-unknown-format = format de date inconnu « { $value } » (attendu : dd/mm/yyyy ou mm/dd/yyyy)
err-dates-shape = « { $value } » n'est pas une date (attendu : AAAA-MM-JJ, JJ.MM.AAAA ou JJ/MM/AAAA)
err-dates-no-such-day = « { $value } » n'est pas un jour qui existe
err-dates-ambiguous = « { $value } » peut se lire jour d'abord ou mois d'abord : indiquez --date-format dd/mm/yyyy ou mm/dd/yyyy

## core: src/domain/party.rs (codes: country, kind, language…; email addresses)
# $field is one of the msg-party-field-* names; $expected a msg-party-expected-* text or a msg-party-one-of list.
err-party-unknown-code = « { $value } » n'est pas reconnu comme { $field } (attendu : { $expected })
msg-party-field-country = pays
msg-party-field-kind = type de client
msg-party-field-language = langue
msg-party-field-paper = format de papier
msg-party-field-next-step = étape suivante
msg-party-field-sending = mode d'envoi
msg-party-field-stage = étape
msg-party-field-status = statut
msg-party-field-event-kind = type d'événement
msg-party-field-log-kind = type d'entrée
msg-party-field-correction = type de correction
msg-party-field-law = loi
msg-party-field-rate-table = table des taux
msg-party-expected-country = un code ISO 3166 alpha-2, par exemple IT, DE, FR, GB
msg-party-expected-log-kind = call, email, meeting ou note (les promesses, contestations, pauses, transmissions à l'avocat et passages en perte ont leurs propres commandes)
# A list of codes as typed: $codes is "a, b, c", $last the last one.
msg-party-one-of = { $codes } ou { $last }
err-party-not-an-email = « { $value } » n'est pas une adresse e-mail (nom@example.com)

## core: src/domain/vat.rs (VAT numbers)
err-vat-empty = est vide
err-vat-too-long = « { $value } » n'est pas un numéro de TVA (trop long)
# $shape is one of the msg-vat-shape-* descriptions.
err-vat-wrong-shape = « { $value } » n'a pas la forme d'un numéro de TVA { $prefix } : { $shape }
msg-vat-shape-at = ATU + 8 chiffres
msg-vat-shape-be = BE + 10 chiffres
msg-vat-shape-bg = BG + 9 ou 10 chiffres
msg-vat-shape-cy = CY + 8 chiffres et une lettre
msg-vat-shape-cz = CZ + 8 à 10 chiffres
msg-vat-shape-de = DE + 9 chiffres
msg-vat-shape-dk = DK + 8 chiffres
msg-vat-shape-ee = EE + 9 chiffres
msg-vat-shape-el = EL + 9 chiffres
msg-vat-shape-es = ES + 9 caractères (une lettre ou un chiffre, 7 chiffres, une lettre ou un chiffre)
msg-vat-shape-fi = FI + 8 chiffres
msg-vat-shape-fr = FR + 2 caractères et 9 chiffres (le SIREN)
msg-vat-shape-hr = HR + 11 chiffres
msg-vat-shape-hu = HU + 8 chiffres
msg-vat-shape-ie = IE + 7 chiffres et 1 ou 2 lettres
msg-vat-shape-it = IT + 11 chiffres (ou un codice fiscale de 16 caractères)
msg-vat-shape-lt = LT + 9 ou 12 chiffres
msg-vat-shape-lu = LU + 8 chiffres
msg-vat-shape-lv = LV + 11 chiffres
msg-vat-shape-mt = MT + 8 chiffres
msg-vat-shape-nl = NL + 9 chiffres, B et 2 chiffres
msg-vat-shape-pl = PL + 10 chiffres
msg-vat-shape-pt = PT + 9 chiffres
msg-vat-shape-ro = RO + 2 à 10 chiffres
msg-vat-shape-se = SE + 10 chiffres et 01
msg-vat-shape-si = SI + 8 chiffres
msg-vat-shape-sk = SK + 10 chiffres
msg-vat-shape-gb = GB + 9 ou 12 chiffres
msg-vat-shape-xi = XI + 9 ou 12 chiffres
msg-vat-shape-che = CHE-123.456.789
msg-vat-shape-no = NO + 9 chiffres (MVA)

## core: src/domain/bank.rs (IBAN, BIC, UK sort code and account number)
err-bank-iban-length =
    « { $value } » n'est pas un IBAN : il compte { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } (un IBAN en compte de 15 à 34)
err-bank-iban-start = « { $value } » n'est pas un IBAN : il doit commencer par un code pays et deux chiffres de contrôle
err-bank-iban-characters = « { $value } » n'est pas un IBAN : seuls les lettres et les chiffres sont autorisés
err-bank-iban-check-digits = « { $value } » n'est pas un IBAN valide : ses chiffres de contrôle ne correspondent pas (une faute de frappe ?)
err-bank-bic = « { $value } » n'est pas un BIC : un BIC compte 8 ou 11 lettres et chiffres, par ex. BPMOIT22XXX
err-bank-sort-code = « { $value } » n'est pas un sort code : un sort code compte six chiffres, par ex. 12-34-56
err-bank-account-number = « { $value } » n'est pas un numéro de compte britannique : il doit compter huit chiffres

## core: src/domain/rates.rs (rate tables: files, gaps, rates the user adds)
msg-rate-table-label-ecb-mro = taux de refinancement principal de la BCE
msg-rate-table-label-de-basiszins = Basiszinssatz allemand (taux de base)
msg-rate-table-label-boe-base = taux directeur de la Banque d'Angleterre
msg-rate-table-label-it-legal = taux d'intérêt légal italien (art. 1284 c.c.)
msg-rate-table-label-fr-legal = taux de l'intérêt légal
# The days a row of a table may start on.
msg-rate-table-starts-yearly = 1er janvier
msg-rate-table-starts-half-yearly = 1er janvier ou 1er juillet
err-rate-table-file-line = { $file }, ligne { $line } : { $reason }
# $label is a msg-rate-table-label-*; $series the table's code; $period the first day of the period asked about.
err-rate-table-gap = aucun { $label } n'est connu pour le { $day } : la table { $series } commence le { $first }. Ajoutez le taux alors en vigueur avec `overdue rates set { $series } { $period } RATE --source TEXT` (ou dans la fenêtre, sous Réglages › Tables des taux d'intérêt)
err-rate-table-gap-empty = aucun { $label } n'est connu pour le { $day } : la table { $series } est vide. Ajoutez le taux alors en vigueur avec `overdue rates set { $series } { $period } RATE --source TEXT` (ou dans la fenêtre, sous Réglages › Tables des taux d'intérêt)
# $boundary is msg-rate-table-starts-yearly or -half-yearly.
err-rate-table-not-period-start = le { $from } ne commence pas une période de la table { $series } (utilisez le { $boundary })
err-rate-table-out-of-range = { $rate } % est hors de l'intervalle de -5 à 30 % ; indiquez le taux en pourcentage, par ex. 2,40
err-rate-table-no-source = indiquez d'où vient le taux (l'avis officiel), par ex. « communiqué de presse de la BCE du 5 juin 2026 »
err-rate-table-source-one-line = doit tenir sur une seule ligne
err-rate-table-file-not-a-date = « { $value } » n'est pas une date (AAAA-MM-JJ)
err-rate-table-file-no-rate = la colonne rate_percent est absente
err-rate-table-file-not-a-rate = « { $value } » n'est pas un taux en pourcentage
err-rate-table-file-twice = le { $from } figure deux fois

## core: src/domain/interest.rs and interest_start.rs (a claim explained: law, rate, start, compensation)
msg-interest-law-it = le droit italien (D.Lgs. 231/2002)
msg-interest-law-de = le droit allemand (BGB, §§ 286 et 288)
msg-interest-law-fr = le droit français (Code de commerce, art. L441-10)
msg-interest-law-eu = la directive 2011/7/UE
msg-interest-law-gb = le Late Payment of Commercial Debts (Interest) Act 1998
msg-interest-law-none = aucune loi sur les retards de paiement
msg-interest-claims-nothing = cette lettre ne réclame ni intérêts ni indemnité forfaitaire
msg-interest-no-compensation-consumer = un consommateur ne doit pas d'indemnité forfaitaire
msg-interest-no-compensation-law = aucune indemnité forfaitaire légale ne s'applique à ce client
msg-interest-not-overdue-yet = la facture n'est pas encore échue
msg-interest-not-in-default-yet = le débiteur n'est pas encore en demeure
# $law is a msg-interest-law-*; $named the currency the law names the sum in, $currency the invoice's.
msg-interest-compensation-other-currency = l'indemnité forfaitaire prévue par { $law } n'est pas réclamée : la loi la fixe en { $named } et la facture est en { $currency }
# Tables as a formula names them.
msg-interest-table-ecb-mro = taux de refinancement principal de la BCE
msg-interest-table-de-basiszins = Basiszinssatz allemand
msg-interest-table-boe-base = taux directeur de la Banque d'Angleterre
msg-interest-table-it-legal = taux de l'intérêt légal italien
msg-interest-table-fr-legal = taux de l'intérêt légal
# A half-year of a rate table: $half is 1 or 2.
msg-interest-half-year =
    le { $half ->
        [1] premier
       *[other] second
    } semestre { $year }
# The rate as a formula. $rate and $points are numbers as written ("2.15", "8"); $reference is " (2.15 %)" or empty.
msg-interest-formula-contractual = le taux convenu de { $rate } % par an
msg-interest-formula-legal-rate = le { $table } ({ $rate } % pour { $period })
msg-interest-formula-legal = le { $table }
msg-interest-formula-fixed = le { $table } applicable pour { $period }{ $reference }, majoré de { $points } points et figé pour toute la durée de la créance
msg-interest-formula-moving = le { $table }{ $reference } majoré de { $points } points
# Why interest starts when it does. $stage is the letter's stage code.
msg-interest-start-after-due = le lendemain de l'échéance
msg-interest-start-agreed-terms = conditions convenues : l'échéance a été convenue dans le contrat du { $date }
msg-interest-start-letter-deadline =
    le lendemain de l'expiration du délai ({ $deadline }) { $stage ->
        [reminder] du rappel
        [formal_letter] de la mise en demeure
        [seven_day_notice] de la deuxième relance
       *[legal_warning] de la dernière mise en demeure
    } du { $sent }
msg-interest-start-thirty-days = 30 jours après l'échéance (§ 286, al. 3, BGB)
msg-interest-start-formal-letter = le lendemain de la mise en demeure du { $sent }
msg-interest-start-not-yet = pas encore en demeure : aucune échéance convenue dans le contrat et aucune mise en demeure dont le délai a expiré
msg-interest-start-never = aucun intérêt ne court pour ce débiteur selon cette loi
# The legal basis of a claim.
msg-interest-basis-contract = le taux des pénalités de retard convenu dans le contrat, { $rate } % par an, intérêts simples
msg-interest-basis-none-no-law = aucun intérêt légal de retard ne s'applique à ce client, et aucun taux n'a été convenu
msg-interest-basis-none-gb-consumer = selon le droit d'Angleterre et du pays de Galles, aucun intérêt ne s'ajoute à la dette d'un consommateur avant jugement, et aucun taux n'a été convenu
msg-interest-basis-none-consumer = selon { $law }, un consommateur ne doit pas les intérêts de retard prévus entre professionnels, et aucun taux n'a été convenu
msg-interest-basis-de-consumer = Code civil allemand (BGB), §§ 286 et 288, al. 1 : taux de base (Basiszinssatz) + 5 points, à compter de la demeure
msg-interest-basis-de = Code civil allemand (BGB), §§ 286 et 288, al. 2 : taux de base (Basiszinssatz) + 9 points, à compter de la demeure
msg-interest-basis-it-consumer = Code civil italien, art. 1284 : taux de l'intérêt légal, à compter du lendemain de l'échéance (art. 1219 et 1282)
msg-interest-basis-it = décret législatif italien 231/2002, art. 4 et 5 : taux de référence de la BCE + 8 points
msg-interest-basis-fr-consumer = Code civil, art. 1231-6 et 1344-1 : taux de l'intérêt légal, à compter de la mise en demeure
msg-interest-basis-fr-public = Code de la commande publique, art. L2192-13 et R2192-31 : intérêts moratoires au taux de la BCE + 8 points, fixé au taux du semestre au cours duquel les intérêts ont commencé à courir
msg-interest-basis-fr = Code de commerce, art. L441-10 : taux de refinancement de la BCE + 10 points
msg-interest-basis-eu = directive 2011/7/UE, art. 2 : taux de refinancement principal de la BCE + 8 points
msg-interest-basis-gb = Late Payment of Commercial Debts (Interest) Act 1998 : taux directeur de la Banque d'Angleterre + 8 points, figé pour toute la durée de la créance
msg-interest-fee-gb = la somme forfaitaire de la section 5A
msg-interest-fee-de = l'indemnité forfaitaire de 40 € prévue au § 288, al. 5, BGB
msg-interest-fee-it = l'indemnité forfaitaire de 40 € prévue à l'art. 6
msg-interest-fee-fr-public = l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue aux art. L2192-13 et D2192-35
msg-interest-fee-fr = l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue à l'art. D441-5
msg-interest-fee-eu = l'indemnité forfaitaire de 40 € prévue à l'art. 6 de la directive
# The basis with the fixed compensation after it ($fee is a msg-interest-fee-*).
msg-interest-basis-with-fee = { $rate } ; { $fee }

## core: src/domain/invoice.rs (a new invoice's fields)
err-invoice-number-empty = est vide
err-invoice-number-control = contient un caractère de contrôle (tel qu'une tabulation ou un échappement)
err-invoice-number-too-long = dépasse 64 caractères
err-invoice-due-before-issued = le { $due } est antérieur à la date d'émission { $issued }
err-invoice-amount-not-positive = doit être supérieur à zéro
err-invoice-late-rate-range = doit être compris entre 0 et 100 %
err-invoice-not-a-rate = « { $value } » n'est pas un pourcentage tel que 9,5
err-invoice-rate-above-100 = { $value } dépasse 100 %

## core: src/import (CSV import: the file, its rows and cells)
# $column is the file's column key (number, client, issued…), kept as it is.
err-import-row = ligne { $row }, colonne { $column }, valeur « { $value } » : { $reason }
err-import-file = { $file } : { $reason } ; rien n'a été importé
err-import-ambiguous-dates = ligne { $row }, colonne { $column } : « { $value } » peut se lire jour d'abord ou mois d'abord, et aucune date du fichier ne permet de trancher ; indiquez --date-format dd/mm/yyyy ou mm/dd/yyyy ; rien n'a été importé
# Followed by the bad rows, one a line.
err-import-rows =
    { $count ->
        [one] { $count } ligne erronée
       *[other] { $count } lignes erronées
    } ; rien n'a été importé :
err-import-near-duplicate = est « { $name } » écrit autrement ; utilisez --match-clients pour rattacher la facture à « { $name } », ou écrivez le nom exactement ainsi
err-csv-bad-utf8 = commence comme de l'UTF-8 mais n'est pas du texte UTF-8 ; enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau
err-csv-bad-utf16 = n'est pas du texte UTF-16 valide ; enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau
err-csv-not-text = n'est pas un fichier texte (il contient des octets de contrôle) ; enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau
err-csv-already-in-ledger = figure déjà dans le registre (utilisez --skip-existing pour ignorer ces lignes)
err-csv-file-empty = est vide
# $error is the CSV reader's own (technical) error.
err-csv-header = impossible de lire l'en-tête : { $error }
err-csv-row-unreadable = ligne { $row } : { $error }
err-csv-no-rows = a un en-tête mais aucune ligne
err-csv-duplicate-number = reprend le numéro de facture de la ligne { $row }
# $first and $second are column positions, with their headers; $column the column key they both give.
err-csv-same-column = les colonnes { $first } (« { $first_header } ») et { $second } (« { $second_header } ») donnent toutes deux { $column }
# $missing and $accepted name the columns by their keys; $accepted lists the headers each key is known by.
err-csv-missing-columns = n'a pas de colonne pour : { $missing } (trouvées : { $found }). En-têtes acceptés, en majuscules ou en minuscules, avec ou sans accents : { $accepted }
# $order and $other are dd/mm/yyyy or mm/dd/yyyy.
err-csv-mixed-date-orders = est au format { $order }, mais la ligne { $row } (« { $example } ») est au format { $other } : le fichier mélange les ordres de date
err-csv-field-count =
    a { $count ->
        [one] { $count } champ
       *[other] { $count } champs
    } ; l'en-tête en a { $width }
err-csv-nul-byte = contient un octet NUL
err-csv-too-long = dépasse 2000 caractères
err-csv-formula = ressemble à une formule de tableur, pas à une valeur
err-csv-cell-empty = est vide
err-csv-negative = est négatif
err-csv-due-before-issued = est antérieure à la date d'émission { $issued }
err-csv-paid-too-much = dépasse le montant

## core: src/ledger (opening a ledger, backups and restores, the stored records)
err-ledger-too-new = ce registre a la version de schéma { $found }, mais cette version d'Overdue ne connaît les versions que jusqu'à { $known } : il a été écrit par une version plus récente d'Overdue ; mettez Overdue à jour pour l'ouvrir (le fichier n'a pas été modifié)
err-ledger-busy = le registre est occupé dans une autre fenêtre ou un autre processus ; réessayez dans un instant
err-ledger-migration = impossible de mettre à jour le registre : { $error }
err-ledger-not-a-ledger = { $path } n'est pas un registre Overdue (ce n'est pas du tout une base de données) : indiquez le bon fichier avec --db, ou restaurez une sauvegarde à sa place avec `overdue restore FILE` (ce fichier est mis de côté, pas supprimé)
err-ledger-sqlite = erreur du registre : { $error }
err-ledger-wal = { $path } : impossible de passer le registre en mode WAL (réponse : « { $mode } »)
msg-ledger-backup-no-profile = un registre sans profil
err-ledger-backup-exists = { $path } : le fichier existe déjà ; indiquez un nouveau fichier pour la sauvegarde
err-ledger-backup-integrity = la sauvegarde n'a pas passé le contrôle d'intégrité : { $result }
err-ledger-restored-integrity = le registre restauré n'a pas passé le contrôle d'intégrité : { $result } ; le précédent se trouve dans { $path }
err-ledger-backup-no-such-file = { $path } : fichier introuvable
err-ledger-backup-cannot-open = { $path } : ouverture impossible : { $error }
err-ledger-backup-not-sqlite = { $path } : n'est pas une base de données SQLite ({ $error })
err-ledger-backup-damaged = { $path } : le fichier est endommagé (contrôle d'intégrité : { $result })
err-ledger-backup-too-new = { $path } : a la version de schéma { $found }, plus récente que celles que connaît cette version d'Overdue ({ $known }) ; mettez d'abord Overdue à jour
err-ledger-backup-not-overdue = { $path } : n'est pas un registre Overdue
err-ledger-no-profile = pas encore de profil d'entreprise : lancez d'abord 'overdue profile set'
err-ledger-setting-not-number = le réglage « { $key } » contient « { $value } », qui n'est pas un nombre
err-ledger-setting-not-stage = le réglage « claim_from » contient « { $value } », qui n'est pas une étape de relance
err-ledger-client-exists = un client nommé « { $name } » existe déjà
err-ledger-no-client-id = aucun client avec l'identifiant { $id }
err-ledger-no-client-named = aucun client nommé « { $name } »
err-ledger-no-client-did-you-mean = aucun client nommé « { $name } » ; vouliez-vous dire « { $suggestion } » ?
err-ledger-no-payment-id = aucun paiement avec l'identifiant { $id }
err-ledger-no-event = aucun événement { $id } sur cette facture
err-ledger-invoice-exists = le numéro de facture « { $number } » figure déjà dans le registre
err-ledger-invoice-with-letters = une facture pour laquelle des lettres ont été envoyées n'est jamais supprimée
err-ledger-no-invoice-numbered = aucune facture portant le numéro « { $number } »
err-ledger-no-invoice-id = aucune facture avec l'identifiant { $id }
err-ledger-letter-has-pdf = la lettre { $id } n'existe pas ou a déjà son PDF
err-ledger-stage-already-sent = { $stage ->
    [reminder] le rappel a déjà été envoyé pour cette facture
    [formal_letter] la mise en demeure a déjà été envoyée pour cette facture
    [seven_day_notice] la deuxième relance a déjà été envoyée pour cette facture
   *[legal_warning] la dernière mise en demeure a déjà été envoyée pour cette facture
}
err-ledger-dump-not-export = ce n'est pas un export de registre Overdue en version { $expected } (format « { $format } », version { $version })
err-ledger-dump-not-empty = le registre contient déjà des clients ou des factures ; importez l'export dans un nouveau registre (--db NEW.db)
err-ledger-dump-invoice = facture « { $number } » : { $error }
err-ledger-dump-payments-overflow = la somme des paiements dépasse ce qu'Overdue peut compter
err-ledger-dump-payments-exceed = les paiements ({ $paid }) dépassent le montant ({ $amount })

## core: actions/parties.rs (the profile and client forms; shown beside the field)
err-parties-required-new-profile = est obligatoire pour un nouveau profil
err-parties-logo-unreadable = impossible de lire { $path } : { $error }
err-parties-not-yes-no = « { $value } » n'est ni oui ni non
err-parties-empty = est vide
err-parties-control-character = contient un caractère de contrôle (par exemple une tabulation ou un échappement)
err-parties-too-long = dépasse { $max } caractères
err-parties-country-required = est obligatoire (aucun profil d'entreprise ne permet de le déduire)
err-parties-public-not-individual = un organisme public n'est pas une personne physique
err-parties-one-line = doit tenir sur une seule ligne
err-parties-name-taken = « { $name } » est déjà le nom du client { $id }

## core: actions/rates.rs, backups.rs, template_files.rs, views.rs
err-rates-set-no-folder = le registre n'a pas de dossier pour un fichier de taux
err-rates-set-not-a-rate = « { $value } » n'est pas un taux en pourcentage avec au plus deux décimales, par exemple 2,40
err-rates-set-fix-file = { $error } ; corrigez ou supprimez d'abord ce fichier
err-backups-other-ledger = cette sauvegarde appartient à { $theirs }, pas à { $ours } : c'est un autre registre
err-backups-pass-other-ledger = { $reason } ; pour remplacer malgré tout ce registre par cette sauvegarde, ajoutez --other-ledger
err-template-files-no-folder = le registre n'a pas de dossier
err-template-files-cannot-create = impossible de créer { $path } : { $error }
err-views-unknown-status = statut inconnu « { $value } » (valeurs attendues : open, all, overdue, disputed, promised, paused, handed_over, written_off ou paid)

## core: src/ledger/backup.rs (more)
msg-ledger-backup-business = « { $name } »

## core: actions/corrections.rs (corrections' refusals; the ledger's correction texts stay in English)
err-corrections-reason-one-line = doit tenir sur une seule ligne
err-corrections-reason-required = indiquez le motif (--reason) : les corrections sont conservées dans l'historique de la facture
err-corrections-reason-after-letters = { $count ->
        [one] { $count } lettre a été envoyée
       *[other] { $count } lettres ont été envoyées
    } pour { $invoice } : indiquez le motif de la correction (--reason) ; les lettres restent telles qu'elles ont été envoyées
err-corrections-nothing-to-change = rien à modifier : chaque champ est déjà tel qu'indiqué
err-corrections-currency-after-records = des paiements ou des lettres ont été enregistrés dans l'ancienne devise ; annulez d'abord les paiements
err-corrections-amount-below-paid = { $amount } est inférieur aux { $paid } déjà payés ; annulez d'abord un paiement
err-corrections-has-letters = { $invoice } a des lettres : elle n'est jamais supprimée ; corrigez-la (invoice set) ou passez-la en perte
err-corrections-not-handed-over = { $invoice } n'est pas transmise à l'avocat
err-corrections-not-written-off = { $invoice } n'est pas passée en perte
err-corrections-nothing-claimed = { $invoice } n'a ni intérêts ni indemnité forfaitaire réclamés et non perçus (elle n'est pas payée, ou rien n'a été réclamé)
msg-corrections-interest-waived = intérêts de { $interest } et indemnité forfaitaire de { $compensation } réclamés et non perçus : abandonnés
msg-corrections-interest-kept = intérêts de { $interest } et indemnité forfaitaire de { $compensation } réclamés et non perçus : toujours réclamés

## core: actions/record.rs (payments, the log, disputes, promises, pauses, write-off, handover, sending)
err-record-no-profile-for-claim = supérieur au solde, et aucun profil d'entreprise pour calculer la créance
err-record-more-than-claim = { $amount } dépasse la créance au { $date } : solde { $balance }, intérêts { $interest }, indemnité forfaitaire { $compensation } ({ $received } déjà reçus) ; un trop-perçu n'est pas enregistré
err-record-date-after-today = le { $date } est postérieur à aujourd'hui ({ $today })
err-record-date-before-issued = le { $date } est antérieur à l'émission de la facture ({ $issued })
err-record-text-empty = est vide
# $reason is the engine's reason (in English).
err-record-no-dispute-opened = aucune contestation ne peut être ouverte : { $reason }
err-record-dispute-already-open = une contestation est déjà ouverte depuis le { $since }
err-record-no-dispute-open = aucune contestation n'est ouverte sur cette facture
err-record-promise-passed = le { $date } est déjà passé
err-record-pause-not-after-today = le { $date } n'est pas postérieur à aujourd'hui ({ $today })
err-record-cannot-write-off = passage en perte impossible : { $reason }
err-record-not-ready-handover = pas prête à être transmise à l'avocat : { $reason }
err-record-no-letter = aucune lettre ne peut être envoyée : { $reason }
# $due and $wanted are stage-* names.
err-record-stage-due-not-wanted = l'étape à envoyer est « { $due } », pas « { $wanted } »
err-record-copy-hint = pour une copie d'une lettre déjà envoyée : overdue letters export { $invoice } --out DIR
err-record-force-hint = --force passe outre et envoie l'étape suivante ; l'opération est consignée
# $why is the engine's reason or err-record-stage-due-not-wanted; $hint is err-record-copy-hint or err-record-force-hint.
err-record-not-sent = non envoyée : { $why } ({ $hint })
err-record-sent-today = la lettre de { $stage } a été envoyée aujourd'hui ({ $today }) : aucune deuxième lettre ne part le même jour ({ $copy })
err-record-legal-warning-sent = la dernière mise en demeure a déjà été envoyée ; transmettez la facture à l'avocat
err-record-stage-cannot-follow = la lettre de { $last } a déjà été envoyée ; celle de { $stage } ne peut pas la suivre ({ $copy })

## core: actions/letters.rs (letters: the sender, previews, exports)
err-letters-no-profile = pas encore de profil d'entreprise : les lettres ont besoin d'un expéditeur (overdue profile set --name .. --country ..)
# $missing is msg-letters-sender-lacks.
err-letters-sender-missing = aucune lettre ne part sans les coordonnées de l'expéditeur : il manque au profil { $missing } ; complétez-le avec overdue profile set (ou Réglages › Profil de l'entreprise)
msg-letters-sender-lacks = { $what ->
        [address] l'adresse postale (--address)
        [city] la ville de rédaction des lettres (--city)
       *[both] l'adresse postale (--address) et la ville de rédaction des lettres (--city)
    }
# $detail and $reason are the correction as the ledger keeps it.
msg-letters-corrected-since = la facture a été corrigée depuis la dernière lettre (du { $last }), le { $date } : { $detail } (motif : { $reason })
err-letters-interest-unstated = la lettre de { $stage } ne peut pas chiffrer les intérêts qu'elle réclame : { $error }
err-letters-all-sent = toutes les lettres de la procédure de relance ont été envoyées ; utilisez --stage pour en prévisualiser une à nouveau
err-letters-cannot-create = impossible de créer { $path } : { $error }
err-letters-cannot-write = impossible d'écrire { $path } : { $error }

## core: actions/run.rs (the whole due queue at once)
err-run-cannot-create = impossible de créer { $path } : { $error }
err-run-no-profile = pas encore de profil d'entreprise : les lettres ont besoin d'un expéditeur (overdue profile set)
# $recorded is msg-run-none-recorded or msg-run-recorded-before.
err-run-stopped = { $what } ; l'envoi s'est arrêté là. { $recorded }
err-run-cannot-write = impossible d'écrire { $path } : { $error }
err-run-pdf-not-written = la lettre de { $stage } pour { $invoice } a été enregistrée, mais son PDF n'a pas pu être écrit dans { $path } : { $error } ; exportez-la avec overdue letters export { $invoice } --out DIR
msg-run-ledger-changed = le registre a changé depuis le début de l'envoi : { $reason }
err-run-cannot-name = impossible de renommer { $from } en { $to } : { $error }
msg-run-none-recorded = Aucune lettre n'a été enregistrée.
msg-run-recorded-item = { $invoice } ({ $stage }) dans { $path }
# $list is msg-run-recorded-item, up to 20 of them; $more is how many more.
msg-run-recorded-before = { $count ->
        [one] { $count } lettre avait été enregistrée
       *[other] { $count } lettres avaient été enregistrées
    } auparavant : { $list }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } de plus
    }.

## core: actions/policy.rs (the ladder policy)
err-policy-stage-required = est obligatoire avec --earliest ou --deadline

## Clients › Statement (clients.rs)
clients-statement = Relevé de compte
clients-statement-hint = Le relevé de compte : toutes les factures ouvertes avec leur ancienneté, dans la langue du client. Rien n'est enregistré.

## core: ladder.rs
msg-ladder-paid-on = payée le { $date }
msg-ladder-paid = payée
msg-ladder-below-minimum = le solde de { $balance } ne dépasse pas le minimum de { $minimum }
msg-ladder-disputed = contestée depuis le { $date }
msg-ladder-promised = paiement promis d'ici le { $date }
msg-ladder-paused = en pause jusqu'au { $date }
msg-ladder-handed-over = transmise à l'avocat le { $date }
msg-ladder-written-off = passée en perte le { $date }
msg-ladder-not-overdue = pas encore échue (échéance le { $date })
msg-ladder-waiting = en attente de l'expiration du délai { $stage ->
    [reminder] du rappel
    [formal_letter] de la mise en demeure
    [seven_day_notice] de la deuxième relance
   *[legal_warning] de la dernière mise en demeure
} ({ $date })
msg-ladder-not-before = { $stage ->
    [reminder] le rappel n'est pas dû
    [formal_letter] la mise en demeure n'est pas due
    [seven_day_notice] la deuxième relance n'est pas due
   *[legal_warning] la dernière mise en demeure n'est pas due
} avant le { $date }
msg-ladder-send = envoyer { $stage ->
    [reminder] le rappel
    [formal_letter] la mise en demeure
    [seven_day_notice] la deuxième relance
   *[legal_warning] la dernière mise en demeure
} (date limite : { $date })
msg-ladder-handover-ready = prête à être transmise : le délai de la dernière mise en demeure ({ $date }) a expiré

## core: rates.rs (the stale-table warning)
msg-rate-table-stale-prefix = la table des taux n'est peut-être pas à jour
msg-rate-table-stale = { $prefix } : la table { $table } n'a pas de ligne pour { $period } ; le taux de { $used } ({ $rate } %) a été utilisé

## core: run.rs (a render thread that panicked)
err-run-render-panicked = { $invoice } ({ $stage }) : la lettre n'a pas pu être composée (le processus de composition s'est arrêté : { $error }) ; rien n'a été enregistré pour elle

## core: backups.rs (JSON export and import)
err-backups-json-read = impossible de lire { $path } : { $error }
err-backups-json-invalid = { $path } n'est pas un export de registre valide ({ $error })

## Settings › Backups: JSON (backups.rs)
backups-json-hint = Pour déplacer votre registre sur un autre ordinateur : exportez-le en JSON là-bas, importez-le ici dans un nouveau registre.
backups-json-file = Fichier JSON
backups-export-json = Exporter en JSON…
backups-import-json = Importer un export JSON…
backups-exported-json = { $clients ->
    [one] { $clients } client
   *[other] { $clients } clients
} et { $invoices ->
    [one] { $invoices } facture exportés
   *[other] { $invoices } factures exportés
} dans { $path }.
backups-imported-json = { $clients ->
    [one] { $clients } client
   *[other] { $clients } clients
} et { $invoices ->
    [one] { $invoices } facture importés
   *[other] { $invoices } factures importés
}.

## Letters to a client (send, letters due)
err-send-client-nothing-due = aucune lettre n'est à envoyer aujourd'hui à { $client }
err-send-no-invoice = une lettre porte sur au moins une facture
msg-run-left-out = { $invoice } retirée de la lettre : { $reason }
today-col-invoices = Factures concernées
today-more-invoices = +{ $count } autres
confirm-send-many-text = Enregistrer la lettre de { $stage } à { $client } comme envoyée aujourd'hui ({ $date }). Elle porte sur { $count } factures : { $invoices }. Son PDF est conservé tel qu'il est maintenant et ne sera plus modifié ; la suite des relances se calcule à partir de cette lettre pour chacune d'elles.
sending-recorded-many = Lettre « { $stage } » à { $client } pour { $count } factures ({ $numbers }) enregistrée comme envoyée ; son PDF est conservé (date limite { $date }).
err-letters-no-stored-pdf = la lettre { $id } n'a pas de PDF conservé
preview-send-statement = Enregistrer comme envoyé
preview-send-statement-hint = Conserver ce relevé de compte et son PDF dans l'historique du client ; aucune facture n'avance dans les relances
confirm-statement-title = Enregistrer le relevé de compte comme envoyé ?
confirm-statement-text = Enregistrer ce relevé de compte à { $client } comme envoyé aujourd'hui ({ $date }). Son PDF est conservé tel qu'il est maintenant et ne sera plus modifié. Aucune facture n'avance dans les relances.
sending-statement-recorded = Relevé de compte à { $client } enregistré comme envoyé le { $date } ; son PDF est conservé.
clients-letters-heading = Lettres envoyées ({ $count })
clients-no-letters = Aucune lettre n'a encore été envoyée à ce client.
clients-col-sent = Envoyée le
clients-col-letter = Lettre
clients-col-covers = Factures
clients-col-asked = Montant réclamé
clients-save-letter = Enregistrer le PDF…
err-interest-letter-nothing-owed = { $invoice } : sur une facture payée, aucun intérêt ni indemnité réclamé par lettre ne reste dû
err-interest-letter-not-kept = { $invoice } : décidez d'abord : continuer à réclamer les intérêts (interest keep) avant une lettre qui ne porte que sur eux, ou y renoncer
err-interest-letter-already-sent = { $invoice } : la lettre portant sur les seuls intérêts a déjà été envoyée le { $date }
detail-interest-letter = Lettre sur les intérêts…
detail-interest-letter-hint = Aperçu de la dernière lettre, qui ne réclame que les intérêts et l'indemnité forfaitaire
confirm-interest-letter-title = Enregistrer la lettre sur les intérêts comme envoyée ?
confirm-interest-letter-text = Enregistrer comme envoyée aujourd'hui ({ $date }) la lettre sur les intérêts et l'indemnité restant dus sur { $invoice }. Son PDF est conservé tel qu'il est maintenant et ne sera plus modifié. Elle n'est envoyée qu'une fois.
sending-interest-recorded = Lettre sur les intérêts de { $invoice } enregistrée comme envoyée : elle réclame { $amount } au plus tard le { $date } ; son PDF est conservé.

## Delivery: email, drafts, print (issue 16)
err-mail-not-set = aucun réglage d'e-mail : réglez-les avec `overdue mail set --host HÔTE --port 465 --security tls --user IDENTIFIANT --from ADRESSE`, ou dans Réglages › Envoi des e-mails
err-mail-no-password = le mot de passe SMTP manque : { $reason }
err-mail-empty-password = le mot de passe est vide
err-mail-no-user = les réglages d'e-mail n'ont pas d'identifiant (--user) : ce serveur ne demande pas de mot de passe
err-mail-client-no-email = { $client } n'a pas d'adresse e-mail : ajoutez-en une (overdue client edit, ou la fiche du client) avant d'envoyer par e-mail ; rien n'a été enregistré
err-mail-clients-no-email = ces clients n'ont pas d'adresse e-mail : { $clients } ; ajoutez-les avant d'envoyer par e-mail ; rien n'a été enregistré
msg-mail-test-subject = Overdue : e-mail de test
msg-mail-test-body = Ceci est un e-mail de test d'Overdue, envoyé par { $host }. Si vous pouvez le lire, les lettres peuvent partir par e-mail.
msg-mail-statement-subject = Relevé de compte
msg-mail-letter-subject = Lettre
msg-mail-interrupted = interrompu pendant l'envoi : il est peut-être parti, peut-être pas ; vérifiez le dossier Envoyés avant de réessayer
err-outbox-no-delivery = il n'y a pas d'envoi { $id }
err-outbox-not-email = l'envoi { $id } est de type { $channel }, pas un e-mail : seuls les e-mails sont réessayés
err-outbox-already-sent = l'envoi { $id } est déjà parti ; il ne part pas deux fois
err-outbox-unknown = l'envoi { $id } a été interrompu pendant l'envoi et est peut-être parti : cherchez le Message-ID { $message_id } dans le dossier Envoyés ; s'il n'y est pas, réessayez avec --unknown
err-outbox-sending = l'envoi { $id } est en cours en ce moment
err-draft-no-letter = aucune lettre n'est due pour { $invoice } et aucune n'a été envoyée : il n'y a rien à préparer
err-draft-no-from = aucune adresse d'expéditeur : indiquez votre e-mail dans le profil (overdue profile set --email) ou dans les réglages d'e-mail (overdue mail set)
msg-draft-written = brouillon écrit dans { $path }
msg-print-page = imprimée dans { $file }, page { $page }
msg-print-pages = imprimée dans { $file }, pages { $first } à { $last }
app-sending-emails = Envoi des e-mails…
dialogs-send-all-email = Envoyer chaque lettre par e-mail à son client (Réglages › Envoi des e-mails)
settings-email-heading = Envoi des e-mails
mail-intro = Les lettres peuvent partir par e-mail via votre serveur de messagerie (une boîte PEC aussi : son serveur SMTP, port 465, TLS). Le mot de passe reste dans le trousseau du système, jamais dans un fichier.
mail-host = Serveur SMTP
mail-port = Port
mail-user = Identifiant
mail-from = Adresse d'expédition
mail-reply-to = Répondre à (facultatif)
mail-security = Sécurité
mail-security-tls = TLS (port 465)
mail-security-starttls = STARTTLS (port 587)
mail-security-none = Aucune (cet ordinateur seulement)
mail-bcc-self = M'envoyer une copie cachée de chaque lettre
mail-save = Enregistrer les réglages d'e-mail
mail-saved = Réglages d'e-mail enregistrés.
mail-port-invalid = « { $port } » n'est pas un port (1 à 65535)
mail-password = Mot de passe
mail-store-password = Enregistrer dans le trousseau
mail-store-password-hint = Garde le mot de passe dans le trousseau du système (jamais dans le registre ni dans un fichier)
mail-password-stored = Le mot de passe est enregistré dans le trousseau du système.
mail-password-session = Pas de trousseau : le mot de passe reste en mémoire jusqu'à la fermeture d'Overdue ({ $reason })
mail-password-in-keyring = Mot de passe : enregistré dans le trousseau du système.
mail-password-in-session = Mot de passe : en mémoire pour cette session (pas de trousseau).
mail-password-env = Mot de passe : depuis OVERDUE_SMTP_PASSWORD.
mail-password-not-needed = Pas d'identifiant : aucun mot de passe n'est nécessaire.
mail-test-to = E-mail de test à
mail-send-test = Envoyer un e-mail de test
mail-test-sent = E-mail de test envoyé ; le serveur a répondu : { $reply }
mail-test-failed = L'e-mail de test n'est pas parti : { $error }
mail-pec-hint = Microsoft 365 coupe la connexion SMTP par mot de passe fin 2026 : avec un tel compte, choisissez « Ouvrir dans la messagerie » à l'envoi.
mail-how = Comment part-elle ?
mail-via-email = L'envoyer maintenant par e-mail
mail-via-draft = Ouvrir dans la messagerie (un brouillon prêt à envoyer)
mail-via-print = Enregistrer le PDF / Imprimer (vous l'envoyez vous-même)
mail-to = À : { $to }
mail-subject = Objet : { $subject }
mail-client-no-address = L'e-mail n'est pas proposé : le client n'a pas d'adresse e-mail.
mail-not-configured = L'e-mail n'est pas proposé : réglez d'abord Réglages › Envoi des e-mails.
mail-sent = Envoyée par e-mail à { $client } <{ $to }>.
mail-failed = L'e-mail à { $client } n'est pas parti : { $reason }. La lettre est enregistrée ; réessayez depuis Aujourd'hui.
mail-not-sent = E-mails non envoyés : { $error }
mail-nothing-to-retry = Rien à réessayer.
mail-outbox-heading = E-mails non envoyés ({ $count })
mail-retry = Réessayer
mail-retry-all = Tout réessayer
mail-state-failed = échec
mail-state-unknown = interrompu : vérifiez le dossier Envoyés
mail-state-queued = en attente
mail-print-later = Enregistrée. Le PDF n'a pas été sauvegardé : sauvegardez-le plus tard depuis les lettres de la facture.
mail-print-saved = enregistrée pour impression sous { $path }
mail-draft-opened = Le brouillon pour { $to } est ouvert dans la messagerie : vérifiez-le et envoyez-le.
mail-draft-written = Le brouillon est écrit dans { $path } ; ouvrez-le dans la messagerie (il n'a pas pu être ouvert : { $error }).
mail-kind = Lettre
mail-kind-statement = relevé de compte
mail-kind-interest = lettre sur les intérêts
mail-texts-heading = Textes des e-mails
mail-text = Texte
mail-text-preview = Tel qu'un client le lit (exemple) :
mail-save-text = Enregistrer le texte de l'e-mail
mail-text-saved = Texte de l'e-mail enregistré : { $path }
mail-col-delivery = Envoi
mail-dlv-emailed = envoyée par e-mail à { $to }
mail-dlv-email-failed = e-mail en échec
mail-dlv-email-waiting = e-mail en attente
mail-dlv-draft = brouillon pour { $to }
mail-dlv-printed = imprimée
mail-dlv-to-print = à imprimer
mail-batch-result = E-mails : { $sent } envoyés, { $failed } en échec.
msg-outbox-found-sent = trouvé par l'utilisateur dans le dossier Envoyés : il est parti
msg-outbox-not-found = absent du dossier Envoyés : à renvoyer
err-outbox-not-unknown = l'envoi { $id } n'a pas été interrompu : seul un envoi interrompu se règle ainsi
mail-it-went = Il est parti
mail-send-again = Renvoyer
mail-it-went-hint = Vous l'avez trouvé dans le dossier Envoyés : le marquer comme envoyé
mail-send-again-hint = Il n'est pas dans le dossier Envoyés : le renvoyer

## Files sent with a letter (issue 16: the enclosures a letter lists)
err-attach-unreadable = impossible de lire { $path } : { $error }
err-attach-not-a-file = ce n'est pas un fichier (un dossier, un périphérique ou un tube)
err-attach-empty = { $path } est vide : rien à envoyer avec la lettre
err-attach-too-big = { $path } pèse { $size } : un fichier joint à une lettre ne peut pas dépasser { $max }, sinon les serveurs de messagerie refusent l'e-mail
err-attach-too-much = les fichiers joints à une lettre ne peuvent pas dépasser { $max } au total, sinon les serveurs de messagerie refusent l'e-mail
err-mail-enclosures-missing = la lettre à { $client } mentionne des pièces jointes que cet e-mail ne contiendrait pas : { $enclosures }. Joignez-les (--attach FICHIER, ou « Joindre des fichiers » dans la fenêtre d'envoi), ou envoyez la lettre sans elles (--without-enclosures) ; rien n'a été enregistré
msg-run-held-enclosures = retenue, non enregistrée : la lettre mentionne des pièces jointes que l'e-mail d'un envoi groupé ne peut pas contenir ({ $enclosures }) ; envoyez-la avec `overdue send { $invoice } --email --attach FICHIER`, ou recommencez l'envoi avec --without-enclosures
mail-enclosures-listed = La lettre mentionne comme pièces jointes : { $enclosures }
mail-attach-files = Joindre des fichiers…
mail-attach-drop = ou déposez-les sur la fenêtre
mail-dlv-files = avec { $files }
mail-attach-remove = Retirer
mail-without-enclosures = L'envoyer sans les pièces jointes
mail-enclosures-needed = Joignez les fichiers que la lettre mentionne, ou cochez « L'envoyer sans les pièces jointes ».
dialogs-send-all-without-enclosures = Envoyer aussi par e-mail les lettres qui mentionnent des pièces jointes, sans les joindre
dialogs-send-all-held-hint = Sinon, elles sont retenues, sans être enregistrées, pour être envoyées une à une avec leurs fichiers.
handlers-sent-held =
    { $count ->
        [one] { $count } retenue : elle mentionne des pièces jointes ; envoyez-la depuis sa facture, avec ses fichiers
       *[other] { $count } retenues : elles mentionnent des pièces jointes ; envoyez chacune depuis sa facture, avec ses fichiers
    }
