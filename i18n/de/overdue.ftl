lang-en = English
lang-it = Italiano
lang-de = Deutsch
lang-fr = Français

common-cancel = Abbrechen
common-save = Speichern
common-close = Schließen
common-back = Zurück
common-ok = OK
common-edit = Bearbeiten
common-delete = Löschen
common-undo = Rückgängig
common-yes = Ja
common-no = Nein
stage-reminder = Zahlungserinnerung
stage-formal-letter = Mahnung
stage-seven-day-notice = 2. Mahnung
stage-legal-warning = letzte Mahnung
state-handover-ready = bereit zur Übergabe
state-handed-over = übergeben
state-no-letter = noch kein Schreiben
state-paid = bezahlt
state-written-off = abgeschrieben
state-open = offen
state-disputed = bestritten
state-paused = pausiert
state-promised = Zahlung zugesagt

first-run-welcome = Willkommen bei Overdue
first-run-who-are-you = Die Schreiben gehen in Ihrem Namen hinaus. Sagen Sie Overdue, wer Sie sind; Sie können es später in den Einstellungen ändern.
first-run-save-continue = Speichern und weiter
first-run-how-start = Ihr Profil ist gespeichert. Wie möchten Sie beginnen?
first-run-getting-ready = Ihr Datenbestand wird vorbereitet…
first-run-start-empty = Leer beginnen
first-run-start-empty-hint = Fügen Sie Rechnungen einzeln mit Neue Rechnung hinzu.
first-run-try-demo = Demo ausprobieren
first-run-try-demo-hint = Ein eigener Demo-Datenbestand mit { $count } erfundenen Rechnungen auf jeder Stufe; Ihr eigener Datenbestand bleibt leer und unberührt.
first-run-import = CSV importieren
first-run-data-stays = Ihre Daten bleiben auf diesem Rechner.
csv-columns-hint = Spalten: Nummer, Kunde, Datum, Fällig, Betrag (und optional Währung, bezahlt, E-Mail…).
csv-format-hint = Durch Komma oder Semikolon getrennt. Eine Datei mit auch nur einer fehlerhaften Zeile importiert nichts, und der Fehler nennt die Zeile.
csv-file = CSV-Datei
csv-path-hint = Pfad, oder leer lassen zum Durchsuchen

## detail.rs (the invoice page)
detail-heading = Rechnung { $invoice }
detail-amount = Betrag
detail-paid = Bezahlt
detail-balance = Offener Betrag
detail-issued = Ausgestellt am
detail-due = Fälligkeit
detail-terms = Zahlungsbedingungen: { $terms }
detail-terms-agreed = Zahlungsbedingungen: { $terms } (vereinbart am { $date })
detail-step-sent = gesendet am { $date }
detail-step-due-now = jetzt fällig, Frist { $date }
detail-step-not-sent = nicht gesendet
detail-step-ready = bereit
detail-step-not-yet = noch nicht
detail-step-on = am { $date }
# The last box of the ladder strip (capitalised by the window).
detail-step-handover = Übergabe an Anwalt
detail-next = Als Nächstes: { $reason }
detail-preview-letter = Vorschau des Schreibens
detail-send-letter = Schreiben senden
detail-claim-heading = Forderung heute
detail-interest-from = Zinsen laufen ab { $date } ({ $reason })
detail-no-interest = Es laufen keine Zinsen: { $reason }
detail-interest-rate = zu { $rate }
detail-interest-daily = { $amount } pro Tag
detail-col-from = Von
detail-col-to = Bis
detail-col-days = Tage
detail-col-rate = Zinssatz
detail-interest = Zinsen
detail-compensation = Pauschale
detail-total = Gesamt
detail-letters-heading = Gesendete Schreiben
detail-letters-none = Noch keine.
detail-open-pdf = Öffnen
detail-open-pdf-hint = Das PDF so öffnen, wie es gesendet wurde
detail-save-pdf-as = Speichern unter…
detail-no-pdf = kein PDF gespeichert
detail-payment-heading = Eine Zahlung erfassen
detail-paid-on = Bezahlt am
detail-amount-paid = Gezahlter Betrag
detail-method = Zahlungsart
detail-record-payment = Zahlung erfassen
detail-case-heading = Einen Kontakt festhalten oder das weitere Vorgehen ändern
detail-note = Notiz
detail-until = Bis
detail-log-call = Anruf festhalten
detail-log-email = E-Mail festhalten
detail-log-meeting = Treffen festhalten
detail-add-note = Notiz hinzufügen
detail-resolve-dispute = Einwand erledigt
detail-open-dispute = Einwand erfassen
detail-promise = Zahlungszusage
detail-until-hint = Bis zum oben angegebenen Tag
detail-pause = Pausieren
detail-write-off = Abschreiben
detail-hand-over = An Anwalt übergeben
detail-not-received = Geforderte, nicht erhaltene Zinsen: { $interest }
detail-not-received-compensation = Geforderte, nicht erhaltene Zinsen: { $interest }; Pauschale: { $compensation }
# $decision is "waived" or "kept".
detail-decided = Entscheidung: { $decision ->
        [waived] auf die Zinsen verzichten
       *[other] Zinsen weiter fordern
    }.
detail-waive = Verzichten
detail-keep-claiming = Weiter fordern
detail-keep-claiming-hint = Offen lassen für ein Schreiben nur über die Zinsen
detail-corrections-heading = Korrekturen
detail-void-payment = Zahlung { $id } stornieren
detail-void-payment-hint = Diese Zahlung zurücknehmen (bleibt mit dem Grund im Verlauf)
detail-edit-invoice = Rechnung bearbeiten
detail-undo-handover = Übergabe rückgängig machen
detail-undo-writeoff = Abschreibung rückgängig machen
detail-timeline-heading = Verlauf
detail-timeline-empty = Noch nichts erfasst.
detail-timeline-letter = { $text }: { $amount } bis { $date }
detail-timeline-until = { $text } (bis { $date })
# What each timeline entry is.
detail-kind-letter = Schreiben
detail-kind-payment = Zahlung
detail-kind-call = Anruf
detail-kind-email = E-Mail
detail-kind-meeting = Treffen
detail-kind-note = Notiz
detail-kind-promise-to-pay = Zahlungszusage
detail-kind-dispute-opened = Einwand erhoben
detail-kind-dispute-resolved = Einwand erledigt
detail-kind-paused-until = pausiert
detail-kind-handed-over = an Anwalt übergeben
detail-kind-written-off = abgeschrieben
detail-kind-invoice-changed = Rechnung geändert
detail-kind-invoice-deleted = Rechnung gelöscht
detail-kind-payment-voided = Zahlung storniert
detail-kind-handover-undone = Übergabe rückgängig gemacht
detail-kind-writeoff-undone = Abschreibung rückgängig gemacht
detail-kind-interest-waived = auf Zinsen verzichtet
detail-kind-interest-kept = Zinsen weiter gefordert

## handlers.rs (the toasts of sending, importing, the demo, settings, the first run)
handlers-sent-stored =
    { $count ->
        [one] { $count } Schreiben versendet und gespeichert
       *[other] { $count } Schreiben versendet und gespeichert
    }
handlers-sent-skipped = { $count } übersprungen (der Datenbestand hat sich inzwischen geändert)
handlers-sent-failed = { $count } fehlgeschlagen: { $errors }
handlers-sending-failed = Versand fehlgeschlagen: { $error }
handlers-imported =
    { $invoices ->
        [one] { $invoices } Rechnung
       *[other] { $invoices } Rechnungen
    } importiert ({ $clients ->
        [one] { $clients } neuer Kunde
       *[other] { $clients } neue Kunden
    }, { $payments ->
        [one] { $payments } Zahlung
       *[other] { $payments } Zahlungen
    }).
handlers-import-converted = Die Datei war in { $encoding } kodiert; sie wurde umgewandelt.
handlers-import-new-clients = Neue Kunden: { $names }.
handlers-nothing-imported = Nichts importiert: { $error }
handlers-demo-failed = Die Demo konnte nicht geöffnet werden: { $error }
handlers-no-letters-folder = Der Datenbestand hat keinen Ordner, in den Schreiben abgelegt werden können.
handlers-invoice-added = Rechnung { $number } hinzugefügt.
handlers-policy-saved = Regeln der Mahnstufen gespeichert.
handlers-template-saved = Vorlage gespeichert unter { $path }.
handlers-rate-saved = Zinssatz gespeichert: { $series } ab { $date }, { $rate } %. Die nächste Forderungsberechnung verwendet ihn.
handlers-template-reset = Die mitgelieferte Vorlage wird wieder verwendet.
handlers-logo-filter = PNG oder JPEG
handlers-profile-saved = Profil von { $name } gespeichert.
handlers-logo-saved = Logo gespeichert.
handlers-logo-removed = Logo entfernt.
handlers-ready-empty = Bereit. Fügen Sie Ihre erste Rechnung mit Neue Rechnung hinzu.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = { $date } liegt in der Zukunft: Das Fenster zeigt diesen Tag und erfasst nichts (Overdue erfasst, was geschehen ist)
app-demo-open = Der Demo-Datenbestand ist geöffnet ({ $count } erfundene Rechnungen); Ihr eigener Datenbestand bleibt unberührt. Zurück zu meinem Datenbestand führt Sie dorthin zurück.
app-back-home = Zurück in Ihrem eigenen Datenbestand.
app-demo-title = Overdue — DEMO-Datenbestand (erfundene Daten)
app-read-only = SCHREIBGESCHÜTZT
app-demo = DEMO
app-back-to-my-ledger = Zurück zu meinem Datenbestand
app-today = Heute
app-invoices = Rechnungen
app-clients = Kunden
app-settings = Einstellungen
app-new-invoice = Neue Rechnung
app-import-csv = CSV importieren…
app-light-theme = Helles Design
app-dark-theme = Dunkles Design
app-as-of = Stand { $date }
app-sending-letters = Schreiben werden versendet
app-progress = { $done } von { $total }
app-working = Wird bearbeitet…
app-ledger-path = Datenbestand: { $path }
app-cannot-read = Der Datenbestand kann nicht gelesen werden: { $error }
app-no-invoice-open = Keine Rechnung geöffnet.
app-no-letter-to-preview = Kein Schreiben für die Vorschau.

## sending.rs (sending one letter, saving and opening PDFs)
sending-recorded = { $stage } für { $number } als versendet erfasst; das PDF ist gespeichert (Frist { $date }).
sending-not-sent = Nicht versendet: { $error }
sending-saved = Gespeichert unter { $path }.
sending-opened = { $path } geöffnet.
sending-cannot-open = { $path } kann nicht mit { $program } geöffnet werden: { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = Beim ersten Schreibvorgang jedes Tages wird automatisch eine Sicherung angelegt, benannt nach der Systemuhr, in einem eigenen Ordner dieses Datenbestands; die letzten { $count } werden aufbewahrt.
backups-back-up-now = Jetzt sichern
backups-none-yet = Noch keine Sicherungen.
backups-size-kb = { $size } KB
backups-restore-this = Diese wiederherstellen
backups-restore-from-file = Aus einer Datei wiederherstellen
backups-restore = Wiederherstellen…
backups-ledger-filter = Overdue-Datenbestand
backups-replace-heading = Datenbestand ersetzen?
backups-replace-everything = Der gesamte Datenbestand wird durch { $path } ersetzt.
backups-careful = Achtung: { $reason }.
backups-undoable = Der Datenbestand wird vorher in seinem jetzigen Zustand gesichert; dies lässt sich also rückgängig machen.
backups-replace-with-other = Durch den anderen Datenbestand ersetzen
backups-replace = Datenbestand ersetzen
backups-backed-up = Gesichert unter { $path }.
backups-failed = Keine Sicherung angelegt: { $error }
backups-restored = Wiederhergestellt aus { $path }. Der vorherige Datenbestand liegt in { $copy }.
backups-nothing-restored = Nichts wiederhergestellt: { $error }
backups-cannot-list = Die Sicherungen können nicht aufgelistet werden: { $error }

## today.rs (Today: figures, aging, the due queue, the coming week, Log call / Pause)
today-due-heading = Heute fällig ({ $count })
today-send-all = Alle senden ({ $count })
today-nothing-due = Heute ist nichts fällig. Jede offene Rechnung ist noch im Zahlungsziel oder wartet auf den Ablauf einer Frist.
today-soon-heading = In den nächsten { $days } Tagen ({ $count })
today-nothing-soon = In der kommenden Woche wird nichts fällig.
today-outstanding = Ausstehend
today-nothing = nichts
today-outstanding-in = Ausstehend ({ $currency })
today-overdue-in = Überfällig ({ $currency })
today-no-letter-yet = Noch kein Schreiben
today-reminder-sent = Zahlungserinnerung gesendet
today-formal-letter-sent = Mahnung gesendet
today-second-demand-sent = 2. Mahnung gesendet
today-legal-warning-sent = Letzte Mahnung gesendet
today-handed-over = An Anwalt übergeben
today-aging-heading = Überfällig nach Alter ({ $currency })
# The aging buckets, by days overdue.
today-aging-0-30 = 0–30 Tage
today-aging-31-60 = 31–60 Tage
today-aging-61-90 = 61–90 Tage
today-aging-over-90 = über 90 Tage
# A bucket and its amount, under the chart.
today-aging-amount = { $bucket }: { $amount }
today-col-client = Kunde
today-col-invoice = Rechnung
today-col-balance = Offener Betrag
today-col-days = Tage
today-col-letter = Schreiben
today-col-deadline = Frist
today-col-actions = Aktionen
today-col-on = Am
today-col-what = Was
today-preview = Vorschau
today-preview-hint = Das Schreiben ansehen, bevor es hinausgeht
today-send = Senden
today-send-hint = Als gesendet erfassen und das PDF speichern
today-hand-over = An Anwalt übergeben
today-log-call = Anruf erfassen
today-pause = Pause
today-pause-heading = Mahnlauf für { $number } pausieren
today-log-call-heading = Anruf zu { $number } erfassen
today-until = Bis
today-pause-why = Grund (für das Protokoll)
today-call-what = Was besprochen wurde

## invoices.rs (Invoices: filters, table, new-invoice form)
invoices-filter-all = Alle
invoices-filter-open = Offen
invoices-filter-overdue = Überfällig
invoices-filter-disputed = Bestritten
invoices-filter-promised = Zahlung zugesagt
invoices-filter-paused = Pausiert
invoices-filter-handed-over = Übergeben
invoices-filter-paid = Bezahlt
invoices-filter-written-off = Abgeschrieben
invoices-search = Suchen
invoices-search-hint = Nummer oder Kunde (Strg+F)
invoices-count = { $total ->
    [one] { $shown } von { $total } Rechnung
   *[other] { $shown } von { $total } Rechnungen
}
invoices-number = Nummer
invoices-client = Kunde
invoices-issued = Ausgestellt
invoices-due = Fällig
invoices-amount = Betrag
invoices-balance = Offener Betrag
invoices-status = Status
invoices-stage = Stufe
invoices-new-heading = Neue Rechnung
invoices-client-name = Kundenname
invoices-pick = Wählen
invoices-pick-client = Kunden wählen
invoices-currency = Währung
invoices-terms = Zahlungsbedingungen
invoices-description = Beschreibung
invoices-late-rate = Verzugszins %
invoices-add = Rechnung hinzufügen

## clients.rs (Clients: list, a client's facts and invoices, add and edit form)
clients-kind-business = Unternehmen
clients-kind-consumer = Verbraucher
clients-kind-public = Öffentliche Stelle
# A client's kind in the facts list (lower case).
clients-kind-is-business = Unternehmen
clients-kind-is-consumer = Verbraucher
clients-kind-is-public = öffentliche Stelle
clients-law-default = Wie mein Land
clients-law-it = Italien (D.Lgs. 231/2002)
clients-law-de = Deutschland (BGB 288)
clients-law-fr = Frankreich (Code de commerce)
clients-law-eu = EU-Richtlinie 2011/7
clients-law-gb = Vereinigtes Königreich (Late Payment Act 1998)
clients-law-none = Keine gesetzlichen Zinsen
clients-law-from-my-country = wie mein Land
clients-heading = Kunden
clients-add = Kunde hinzufügen
clients-filter = Filter
clients-name = Name
clients-owes = Schuldet
clients-nothing = nichts
clients-pick-hint = Wählen Sie links einen Kunden.
clients-edit = Kunde bearbeiten
clients-new-invoice = Neue Rechnung für diesen Kunden
clients-kind = Art
clients-country = Land
clients-language = Sprache
clients-law = Recht
clients-email = E-Mail
clients-address = Adresse
clients-vat = USt-IdNr.
clients-notes = Notizen
clients-invoices-heading = Rechnungen ({ $count })
clients-col-number = Nummer
clients-col-due = Fällig
clients-col-balance = Offener Betrag
clients-col-status = Status
clients-col-ladder = Mahnstufe
clients-new-heading = Neuer Kunde
clients-country-iso = Land (ISO-Code)
clients-sole-trader = Einzelunternehmer (eine Person, keine Gesellschaft)
clients-contact = Ansprechpartner
clients-salutation = Anrede (z. B. Herr Schmidt)
clients-save = Kunde speichern

## preview.rs (the letter preview's buttons)
preview-save-pdf = PDF speichern unter…
preview-send = Senden
preview-not-due = Dieses Schreiben ist heute nicht fällig: Sie können es ansehen, aber nicht senden.
preview-logo = Logo

## rates.rs (Settings › Interest rate tables, and the stale-table warnings)
rates-choice-ecb-mro = EZB-Hauptrefinanzierungssatz (IT, FR, EU)
rates-choice-de-basiszins = Basiszinssatz (DE)
rates-choice-boe-base = Leitzins der Bank of England (GB)
rates-choice-it-legal = Italienischer gesetzlicher Zinssatz, jährlich (IT-Verbraucher)
rates-choice-fr-legal = Französischer gesetzlicher Zinssatz (FR-Verbraucher)
rates-series-ecb-mro = EZB-Hauptrefinanzierungssatz
rates-series-de-basiszins = Basiszinssatz
rates-series-boe-base = Leitzins der Bank of England
rates-series-it-legal = Italienischer gesetzlicher Zinssatz (Art. 1284 c.c.)
rates-series-fr-legal = Französischer gesetzlicher Zinssatz (taux de l'intérêt légal)
# A rate table's name and how many rows it has.
rates-series-heading = { $count ->
    [one] { $table } ({ $count } Zeile)
   *[other] { $table } ({ $count } Zeilen)
}
rates-stale-heading = Die Zinsen in diesem Schreiben beruhen auf einer veralteten Zinstabelle:
rates-warning = Warnung: { $warning }
rates-not-loaded = Die Zinssätze werden mit den Schreiben geladen.
rates-all-current = Jede Tabelle reicht bis heute.
rates-add-heading = Zinssatz hinzufügen oder korrigieren
rates-add-hint = Ein Zinssatz gilt ab 1. Januar oder 1. Juli (ab 1. Januar beim italienischen gesetzlichen Zinssatz). Ihre Einträge gehen den mitgelieferten Zeilen vor; bereits gesendete Schreiben behalten, was sie gesagt haben.
rates-table = Tabelle
rates-from-date = Ab (JJJJ-MM-TT)
rates-rate-percent = Zinssatz in Prozent
rates-source = Quelle
rates-save = Zinssatz speichern
rates-col-period = Zeitraum
rates-col-from = Ab
rates-col-rate = Satz %
rates-col-origin = Herkunft
rates-col-source = Quelle
rates-origin-shipped = mitgeliefert
rates-origin-yours = Ihrer

## settings.rs (Settings: profile, ladder policy, template editor, data location)
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-sending-post = Post oder E-Mail
settings-sending-registered = Einschreiben mit Rückschein (raccomandata A/R, LRAR)
settings-sending-pec = PEC (italienische zertifizierte E-Mail)
settings-next-small-claims = Klage (Bagatellverfahren)
settings-next-payment-order = Mahnbescheid
settings-next-collection-agency = Inkassobüro
settings-next-lawyer = Ein Anwalt
settings-business-name = Firmenname
settings-address = Adresse
settings-town = Ort, von dem aus Schreiben datiert werden
settings-country = Land (ISO-Code)
settings-vat = USt-IdNr.
settings-iban = IBAN
settings-bic = BIC (für Zahler im Ausland)
settings-sort-code = UK Sort Code
settings-account-number = UK-Kontonummer
settings-email = E-Mail
settings-phone = Telefon
settings-signatory = Unterzeichner
settings-letter-language = Sprache der Schreiben
settings-currency = Währung
settings-paper = Papier
settings-sending = Versand der Mahnungen
settings-next-step = Schritt nach der letzten Mahnung
settings-profile-heading = Firmenprofil
settings-save-profile = Profil speichern
settings-logo-set = Ein Logo ist festgelegt.
settings-no-logo = Kein Logo.
settings-choose-logo = Logo wählen…
settings-remove-logo = Logo entfernen
settings-policy-heading = Mahnregeln
settings-templates-heading = Vorlagen für Schreiben
settings-rates-heading = Zinstabellen
settings-backups-heading = Sicherungen
settings-data-heading = Speicherort der Daten
settings-ledger-path = Datenbestand: { $path }
settings-templates-path = Ihre Vorlagen: { $path }
settings-rates-path = Ihre Zinstabellen: { $path }
settings-letters-path = Sammelschreiben: { $path }
settings-data-stays = Alles bleibt auf diesem Rechner.
settings-col-stage = Stufe
settings-col-earliest = Frühestens (Tage nach Fälligkeit)
settings-col-deadline = Gesetzte Frist (Tage)
settings-earliest-hint = frühester Tag
settings-consumer-deadline = Frist der letzten Mahnung für Verbraucher (Tage)
settings-min-balance = Mindestbetrag für Mahnungen
settings-claim-from = Zinsen fordern ab
settings-next-step-note = Der Schritt nach der letzten Mahnung wird oben im Profil festgelegt.
settings-save-policy = Mahnregeln speichern
settings-template-language = Sprache der Vorlage
settings-template-stage = Stufe der Vorlage
settings-your-copy = Ihre Kopie
settings-shipped-template = mitgelieferte Vorlage
settings-template-text = Text der Vorlage
settings-template-ok = Die Vorlage ist in Ordnung.
settings-not-saved = Nicht gespeichert: { $error }
settings-save-template = Vorlage speichern
settings-reset-template = Zurück zur mitgelieferten Vorlage
settings-preview-waits = Die Vorschau erscheint, sobald die Vorlage in Ordnung ist.

## widgets.rs (shared widgets)
# An invoice's standing in lists (lower case), beside the state-* names.
widgets-status-overdue = überfällig

## confirm.rs (confirmations, reasons, corrections' toasts)
confirm-void-title = Zahlung { $id } zu { $invoice } stornieren?
confirm-undo-handover-title = Übergabe von { $invoice } rückgängig machen?
confirm-undo-writeoff-title = Abschreibung von { $invoice } rückgängig machen?
# $stage is a stage-* name.
confirm-send-title = Die { $stage } senden?
confirm-send-text = Die { $stage } zu { $invoice } als heute ({ $date }) gesendet erfassen. Ihr PDF wird so gespeichert, wie es jetzt ist, und ändert sich nie mehr; das Mahnverfahren geht von ihr aus weiter.
confirm-send-yes = Die { $stage } senden
confirm-payment-overpaid = die Rechnung ist damit vollständig bezahlt, und { $amount } gehen auf die geforderten Zinsen und die Pauschale (zuerst die Zinsen)
confirm-payment-in-full = die Rechnung ist damit vollständig bezahlt
confirm-payment-remaining = { $amount } bleiben offen
confirm-payment-title = Diese Zahlung erfassen?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Eine Zahlung von { $amount } zu { $invoice } vom { $date } erfassen: { $effect }.
confirm-handover-title = { $invoice } an Anwalt übergeben?
confirm-handover-text = { $invoice } als am { $date } an den Anwalt übergeben markieren: Overdue schlägt dafür keine Schreiben mehr vor. „Übergabe rückgängig machen“ auf ihrer Seite holt sie zurück.
confirm-writeoff-title = { $invoice } abschreiben?
confirm-writeoff-text = { $invoice } am { $date } abschreiben: Es wird nichts mehr eingefordert. „Abschreibung rückgängig machen“ auf ihrer Seite holt sie zurück.
confirm-reason-kept = Der Grund bleibt im Verlauf der Rechnung.
confirm-reason = Grund
confirm-reason-confirm = Bestätigen
confirm-payment-voided = Zahlung { $id } storniert; offener Betrag jetzt { $balance }
confirm-handover-undone = Übergabe rückgängig gemacht
confirm-writeoff-undone = Abschreibung rückgängig gemacht

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Zahlung zu { $invoice } erfasst; offener Betrag jetzt { $balance }.
# $kind is call, email, meeting or note.
edits-logged = { $kind ->
        [call] Anruf festgehalten
        [email] E-Mail festgehalten
        [meeting] Treffen festgehalten
        [note] Notiz festgehalten
       *[other] { $kind } festgehalten
    }
edits-dispute-opened = Einwand erfasst: Das Mahnverfahren ist pausiert
edits-dispute-resolved = Einwand erledigt: Das Mahnverfahren läuft weiter
edits-promise-logged = Zahlungszusage bis { $date } festgehalten
edits-paused = Mahnverfahren pausiert bis { $date }
edits-written-off = abgeschrieben
edits-handed-over = an Anwalt übergeben
edits-client-added = Kunde { $client } hinzugefügt.
edits-client-saved = Kunde { $client } gespeichert.
# The fields a case action's error names, before the action's own words.
edits-field-text = Notiz
edits-field-until = Datum
edits-field-kind = Art

## forms.rs (the forms' own values and errors)
# The payment method a new payment form starts with (editable, stored as typed).
forms-method-bank-transfer = Banküberweisung
forms-not-whole-days = „{ $value }“ ist keine ganze Zahl von Tagen

## invoice_edit.rs (Correct invoice dialog)
invoice-edit-heading = Rechnung { $invoice } korrigieren
invoice-edit-letters-sent = Für diese Rechnung wurden bereits Schreiben gesendet: Sie bleiben, wie sie waren. Das nächste Schreiben und die Forderung verwenden die korrigierten Angaben.
invoice-edit-number = Nummer
invoice-edit-issued = Ausgestellt am
invoice-edit-due = Fälligkeit
invoice-edit-amount = Betrag
invoice-edit-description = Beschreibung
invoice-edit-terms = Zahlungsbedingungen
invoice-edit-late-rate = Verzugszinssatz %
invoice-edit-reason = Grund der Korrektur
invoice-edit-save = Korrektur speichern
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } korrigiert: { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Einige Namen sind bekannte Kunden, anders geschrieben
dialogs-match-text = Es wurde nichts importiert. Diese Zeilen nennen einen Kunden, den Sie schon haben, mit anderer Groß- und Kleinschreibung, anderen Akzenten oder Satzzeichen:
dialogs-match-book = Den bekannten Kunden zuordnen
dialogs-send-all-title = { $count ->
        [one] { $count } Schreiben
       *[other] { $count } Schreiben
    } senden?
dialogs-send-all-yes = { $count ->
        [one] { $count } Schreiben
       *[other] { $count } Schreiben
    } senden
dialogs-stale-rates = Schreiben, die für diese Zeiträume Zinsen fordern, verwenden den letzten bekannten Zinssatz:
dialogs-stale-rates-hint = Tragen Sie den Zinssatz zuerst unter Einstellungen › Zinstabellen ein, falls er veröffentlicht ist.
dialogs-send-all-checked = Jedes Schreiben wird kurz vor dem Erfassen noch einmal geprüft: Eine inzwischen bezahlte oder bestrittene Rechnung wird übersprungen.
dialogs-send-all-stored = Die PDFs werden im Datenbestand gespeichert und Kopien in den Ordner für Schreiben daneben geschrieben.
dialogs-import-heading = Rechnungen aus einer CSV-Datei importieren
dialogs-import = Importieren

## Date picker (date_picker.rs)
date-pick = Wählen…
date-previous-month = Vorheriger Monat
date-next-month = Nächster Monat
date-mon = Mo
date-tue = Di
date-wed = Mi
date-thu = Do
date-fri = Fr
date-sat = Sa
date-sun = So

## Settings › Window language (settings.rs)
settings-window-language = Sprache des Fensters
