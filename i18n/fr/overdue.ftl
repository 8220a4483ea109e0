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
state-handover-ready = prête à transmettre
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
first-run-try-demo-hint = Un registre de démonstration séparé avec { $count } factures fictives à chaque étape ; votre propre registre reste vide et intact.
first-run-import = Importer un CSV
first-run-data-stays = Vos données restent sur cet ordinateur.
csv-columns-hint = Colonnes : numéro, client, date, échéance, montant (et, si besoin, devise, payé, e-mail…).
csv-format-hint = Séparé par des virgules ou des points-virgules. Un fichier avec une seule ligne erronée n'importe rien, et l'erreur nomme la ligne.
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
detail-step-due-now = à envoyer, délai { $date }
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
detail-case-heading = Noter un contact, ou changer la suite
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
detail-waive = Abandonner
detail-keep-claiming = Continuer à réclamer
detail-keep-claiming-hint = Les laisser ouverts pour une lettre portant sur les seuls intérêts
detail-corrections-heading = Corrections
detail-void-payment = Annuler le paiement { $id }
detail-void-payment-hint = Retirer ce paiement (conservé dans l'historique avec le motif)
detail-edit-invoice = Modifier la facture
detail-undo-handover = Annuler la transmission
detail-undo-writeoff = Annuler le passage en perte
detail-timeline-heading = Historique
detail-timeline-empty = Rien d'enregistré pour l'instant.
detail-timeline-letter = { $text } : { $amount } avant le { $date }
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
handlers-no-letters-folder = Le registre n'a pas de dossier où écrire les lettres.
handlers-invoice-added = Facture { $number } ajoutée.
handlers-policy-saved = Règles de relance enregistrées.
handlers-template-saved = Modèle enregistré dans { $path }.
handlers-rate-saved = Taux enregistré : { $series } à partir du { $date }, { $rate } %. Le prochain calcul des intérêts l'utilisera.
handlers-template-reset = Le modèle d'origine est de nouveau utilisé.
handlers-logo-filter = PNG ou JPEG
handlers-profile-saved = Profil de { $name } enregistré.
handlers-logo-saved = Logo enregistré.
handlers-logo-removed = Logo supprimé.
handlers-ready-empty = Prêt. Ajoutez votre première facture avec Nouvelle facture.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = Le { $date } est dans le futur : la fenêtre affiche ce jour et n'enregistre rien (Overdue enregistre ce qui s'est passé)
app-demo-open = Le registre de démonstration est ouvert ({ $count } factures fictives) ; votre propre registre reste intact. Retour à mon registre vous y ramène.
app-back-home = De retour dans votre propre registre.
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
app-working = Traitement…
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
backups-automatic = Une sauvegarde est faite automatiquement à la première écriture de chaque jour, nommée d'après l'horloge système, dans un dossier propre à ce registre ; les { $count } dernières sont conservées.
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
today-nothing-due = Rien à faire aujourd'hui. Chaque facture ouverte est dans ses délais ou attend l'expiration d'un délai.
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
today-col-deadline = Délai
today-col-actions = Actions
today-col-on = Le
today-col-what = Quoi
today-preview = Aperçu
today-preview-hint = Voir la lettre avant son envoi
today-send = Envoyer
today-send-hint = L'enregistrer comme envoyée et conserver son PDF
today-hand-over = Transmettre à l'avocat
today-log-call = Noter un appel
today-pause = Pause
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
invoices-late-rate = Taux de retard %
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
clients-law-none = Pas d'intérêts légaux
clients-law-from-my-country = celle de mon pays
clients-heading = Clients
clients-add = Ajouter un client
clients-filter = Filtrer
clients-name = Nom
clients-owes = Doit
clients-nothing = rien
clients-pick-hint = Choisissez un client à gauche.
clients-edit = Modifier le client
clients-new-invoice = Nouvelle facture pour ce client
clients-kind = Type
clients-country = Pays
clients-language = Langue
clients-law = Droit
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
preview-not-due = Cette lettre n'est pas celle à envoyer aujourd'hui : vous pouvez la prévisualiser, pas l'envoyer.
preview-logo = Logo

## rates.rs (Settings › Interest rate tables, and the stale-table warnings)
rates-choice-ecb-mro = Taux de refinancement principal de la BCE (IT, FR, UE)
rates-choice-de-basiszins = Basiszinssatz allemand (DE)
rates-choice-boe-base = Taux directeur de la Bank of England (GB)
rates-choice-it-legal = Taux légal italien, annuel (consommateurs IT)
rates-choice-fr-legal = Taux de l'intérêt légal (consommateurs FR)
rates-series-ecb-mro = Taux de refinancement principal de la BCE
rates-series-de-basiszins = Basiszinssatz allemand (taux de base)
rates-series-boe-base = Taux directeur de la Bank of England
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
rates-all-current = Chaque table couvre la date du jour.
rates-add-heading = Ajouter ou corriger un taux
rates-add-hint = Un taux s'applique à partir du 1er janvier ou du 1er juillet (du 1er janvier pour le taux légal italien). Les vôtres priment sur les lignes fournies ; les lettres déjà envoyées gardent ce qu'elles disaient.
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
rates-origin-yours = le vôtre

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
settings-business-name = Raison sociale
settings-address = Adresse
settings-town = Ville d'où les lettres sont datées
settings-country = Pays (code ISO)
settings-vat = N° de TVA
settings-iban = IBAN
settings-bic = BIC (pour les payeurs à l'étranger)
settings-sort-code = Sort code (Royaume-Uni)
settings-account-number = Numéro de compte (Royaume-Uni)
settings-email = E-mail
settings-phone = Téléphone
settings-signatory = Signataire
settings-letter-language = Langue des lettres
settings-currency = Devise
settings-paper = Papier
settings-sending = Envoi des relances
settings-next-step = Étape après la dernière mise en demeure
settings-profile-heading = Profil de l'entreprise
settings-save-profile = Enregistrer le profil
settings-logo-set = Un logo est défini.
settings-no-logo = Pas de logo.
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
settings-min-balance = Solde minimum à relancer
settings-claim-from = Réclamer les intérêts à partir de
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
confirm-send-text = Enregistrer la lettre de { $stage } pour { $invoice } comme envoyée aujourd'hui ({ $date }). Son PDF est conservé tel qu'il est maintenant et ne change plus ; les relances reprennent à partir de cette lettre.
confirm-send-yes = Envoyer la lettre de { $stage }
confirm-payment-overpaid = la facture sera entièrement payée, et { $amount } ira aux intérêts et à l'indemnité forfaitaire réclamés (les intérêts d'abord)
confirm-payment-in-full = la facture sera entièrement payée
confirm-payment-remaining = il restera { $amount } à payer
confirm-payment-title = Enregistrer ce paiement ?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Enregistrer un paiement de { $amount } sur { $invoice } daté du { $date } : { $effect }.
confirm-handover-title = Transmettre { $invoice } à l'avocat ?
confirm-handover-text = Marquer { $invoice } comme transmise à l'avocat le { $date } : Overdue ne propose plus de lettres pour elle. « Annuler la transmission » sur sa page la rétablit.
confirm-writeoff-title = Passer { $invoice } en perte ?
confirm-writeoff-text = Passer { $invoice } en perte le { $date } : plus rien n'est réclamé. « Annuler le passage en perte » sur sa page la rétablit.
confirm-reason-kept = Le motif est conservé dans l'historique de la facture.
confirm-reason = Motif
confirm-reason-confirm = Confirmer
confirm-payment-voided = paiement { $id } annulé ; solde désormais { $balance }
confirm-handover-undone = transmission annulée
confirm-writeoff-undone = passage en perte annulé

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Paiement enregistré sur { $invoice } ; solde désormais { $balance }.
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
edits-promise-logged = promesse de paiement avant le { $date } notée
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
invoice-edit-late-rate = Taux de retard %
invoice-edit-reason = Motif de la correction
invoice-edit-save = Enregistrer la correction
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } corrigée : { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Certains noms sont des clients connus, écrits autrement
dialogs-match-text = Rien n'a été importé. Ces lignes désignent un client que vous avez déjà, avec d'autres majuscules, accents ou ponctuation :
dialogs-match-book = Les rattacher aux clients connus
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
dialogs-send-all-stored = Les PDF sont enregistrés dans le registre, et des copies écrites dans le dossier des lettres, à côté.
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
