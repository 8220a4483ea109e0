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
first-run-who-are-you = Die Schreiben werden in Ihrem Namen verschickt. Geben Sie an, wer Sie sind; Sie können die Angaben später in den Einstellungen ändern.
first-run-save-continue = Speichern und weiter
first-run-how-start = Ihr Profil ist gespeichert. Wie möchten Sie beginnen?
first-run-getting-ready = Ihr Datenbestand wird vorbereitet…
first-run-start-empty = Leer beginnen
first-run-start-empty-hint = Fügen Sie Rechnungen einzeln über „Neue Rechnung“ hinzu.
first-run-try-demo = Demo ausprobieren
first-run-try-demo-hint = Ein separater Demo-Datenbestand mit { $count } erfundenen Rechnungen auf allen Mahnstufen; Ihr eigener Datenbestand bleibt leer und unberührt.
first-run-import = CSV importieren
first-run-data-stays = Ihre Daten bleiben auf diesem Rechner.
csv-columns-hint = Spalten: Nummer, Kunde, Datum, Fällig, Betrag (und optional Währung, bezahlt, E-Mail…).
csv-format-hint = Durch Komma oder Semikolon getrennt. Enthält die Datei auch nur eine fehlerhafte Zeile, wird nichts importiert; die Fehlermeldung nennt die Zeile.
csv-file = CSV-Datei
csv-path-hint = Pfad (leer lassen, um die Datei auszuwählen)

## detail.rs (the invoice page)
detail-heading = Rechnung { $invoice }
detail-amount = Betrag
detail-paid = Bezahlt
detail-balance = Offener Betrag
detail-issued = Ausgestellt am
detail-due = Fällig am
detail-terms = Zahlungsbedingungen: { $terms }
detail-terms-agreed = Zahlungsbedingungen: { $terms } (vereinbart am { $date })
detail-step-sent = gesendet am { $date }
detail-step-due-now = jetzt fällig, Frist { $date }
detail-step-not-sent = nicht gesendet
detail-step-ready = bereit
detail-step-not-yet = noch nicht
detail-step-on = am { $date }
# The last box of the ladder strip (capitalised by the window).
detail-step-handover = Übergabe
detail-next = Als Nächstes: { $reason }
detail-preview-letter = Vorschau anzeigen
detail-send-letter = Schreiben senden
detail-claim-heading = Forderung (Stand heute)
detail-interest-from = Zinsen laufen ab { $date } ({ $reason })
detail-no-interest = Es laufen keine Zinsen: { $reason }
detail-interest-rate = – Zinssatz: { $rate }
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
detail-case-heading = Kontakt erfassen oder weiteres Vorgehen ändern
detail-note = Notiz
detail-until = Bis
detail-log-call = Anruf erfassen
detail-log-email = E-Mail erfassen
detail-log-meeting = Besprechung erfassen
detail-add-note = Notiz hinzufügen
detail-resolve-dispute = Einwand erledigen
detail-open-dispute = Einwand erfassen
detail-promise = Zahlungszusage erfassen
detail-until-hint = Bis zum oben angegebenen Tag
detail-pause = Pausieren
detail-write-off = Abschreiben
detail-hand-over = Übergeben
detail-not-received = Geforderte, aber nicht gezahlte Zinsen: { $interest }
detail-not-received-compensation = Geforderte, aber nicht gezahlte Zinsen: { $interest }; Pauschale: { $compensation }
# $decision is "waived" or "kept".
detail-decided = Entscheidung: { $decision ->
        [waived] Verzicht auf die Zinsen
       *[other] Zinsen werden weiter gefordert
    }.
detail-waive = Verzichten
detail-keep-claiming = Weiter fordern
detail-keep-claiming-hint = Offen lassen, um die Zinsen gesondert anzumahnen
detail-corrections-heading = Korrekturen
detail-void-payment = Zahlung { $id } stornieren
detail-void-payment-hint = Diese Zahlung stornieren (sie bleibt mit dem Grund im Verlauf)
detail-edit-invoice = Rechnung bearbeiten
detail-undo-handover = Übergabe rückgängig machen
detail-undo-writeoff = Abschreibung rückgängig machen
detail-timeline-heading = Verlauf
detail-timeline-empty = Noch nichts erfasst.
detail-timeline-letter = { $text }: { $amount }, zahlbar bis { $date }
detail-timeline-until = { $text } (bis { $date })
# What each timeline entry is.
detail-kind-letter = Schreiben
detail-kind-payment = Zahlung
detail-kind-call = Anruf
detail-kind-email = E-Mail
detail-kind-meeting = Besprechung
detail-kind-note = Notiz
detail-kind-promise-to-pay = Zahlungszusage
detail-kind-dispute-opened = Einwand erhoben
detail-kind-dispute-resolved = Einwand erledigt
detail-kind-paused-until = pausiert
detail-kind-handed-over = übergeben
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
handlers-policy-saved = Mahnregeln gespeichert.
handlers-template-saved = Vorlage gespeichert unter { $path }.
handlers-rate-saved = Zinssatz gespeichert: { $series } ab { $date }, { $rate } %. Die nächste Forderungsberechnung verwendet ihn.
handlers-template-reset = Die mitgelieferte Vorlage wird wieder verwendet.
handlers-logo-filter = PNG oder JPEG
handlers-profile-saved = Profil von { $name } gespeichert.
handlers-logo-saved = Logo gespeichert.
handlers-logo-removed = Logo entfernt.
handlers-ready-empty = Bereit. Fügen Sie Ihre erste Rechnung über „Neue Rechnung“ hinzu.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = { $date } liegt in der Zukunft: Das Fenster zeigt diesen Tag und erfasst nichts (Overdue erfasst, was geschehen ist)
app-demo-open = Der Demo-Datenbestand ist geöffnet ({ $count } erfundene Rechnungen); Ihr eigener Datenbestand bleibt unberührt. „Zurück zu meinem Datenbestand“ führt Sie dorthin zurück.
app-back-home = Sie sind wieder in Ihrem eigenen Datenbestand.
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
app-no-letter-to-preview = Kein Schreiben für eine Vorschau vorhanden.

## sending.rs (sending one letter, saving and opening PDFs)
sending-recorded = Die { $stage } zu { $number } wurde als gesendet erfasst; das PDF ist gespeichert (Frist { $date }).
sending-not-sent = Nicht gesendet: { $error }
sending-saved = Gespeichert unter { $path }.
sending-opened = { $path } geöffnet.
sending-cannot-open = { $path } kann nicht mit { $program } geöffnet werden: { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = Bei der ersten Änderung eines Tages wird automatisch eine Sicherung in einem eigenen Ordner dieses Datenbestands angelegt (benannt nach Datum und Uhrzeit des Systems); die letzten { $count } werden aufbewahrt.
backups-back-up-now = Jetzt sichern
backups-none-yet = Noch keine Sicherungen.
backups-size-kb = { $size } KB
backups-restore-this = Diese Sicherung wiederherstellen
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
today-nothing-due = Heute ist nichts fällig. Alle offenen Rechnungen liegen noch im Zahlungsziel oder warten auf den Ablauf einer Frist.
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
today-handed-over = Übergeben
today-aging-heading = Überfällig nach Tagen ({ $currency })
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
today-preview-hint = Das Schreiben ansehen, bevor es verschickt wird
today-send = Senden
today-send-hint = Als gesendet erfassen und das PDF speichern
today-hand-over = Übergeben
today-log-call = Anruf erfassen
today-pause = Pausieren
today-pause-heading = Mahnlauf für { $number } pausieren
today-log-call-heading = Anruf zu { $number } erfassen
today-until = Bis
today-pause-why = Grund (für den Verlauf)
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
invoices-late-rate = Verzugszinssatz %
invoices-add = Rechnung hinzufügen

## clients.rs (Clients: list, a client's facts and invoices, add and edit form)
clients-kind-business = Unternehmen
clients-kind-consumer = Verbraucher
clients-kind-public = Öffentliche Stelle
# A client's kind in the facts list (lower case).
clients-kind-is-business = Unternehmen
clients-kind-is-consumer = Verbraucher
clients-kind-is-public = öffentliche Stelle
clients-law-default = Wie in meinem Land
clients-law-it = Italien (D.Lgs. 231/2002)
clients-law-de = Deutschland (§ 288 BGB)
clients-law-fr = Frankreich (Code de commerce)
clients-law-eu = EU-Richtlinie 2011/7
clients-law-gb = Vereinigtes Königreich (Late Payment Act 1998)
clients-law-none = Keine gesetzlichen Zinsen
clients-law-from-my-country = wie in meinem Land
clients-heading = Kunden
clients-add = Kunden hinzufügen
clients-filter = Filter
clients-name = Name
clients-owes = Offen
clients-nothing = nichts
clients-pick-hint = Wählen Sie links einen Kunden aus.
clients-edit = Kunden bearbeiten
clients-new-invoice = Neue Rechnung für diesen Kunden
clients-kind = Art
clients-country = Land
clients-language = Sprache
clients-law = Anwendbares Recht
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
clients-sole-trader = Einzelunternehmer (natürliche Person, keine Gesellschaft)
clients-contact = Ansprechpartner
clients-salutation = Anrede (z. B. Herr Schmidt)
clients-save = Kunden speichern

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
rates-all-current = Alle Tabellen sind auf dem aktuellen Stand.
rates-add-heading = Zinssatz hinzufügen oder korrigieren
rates-add-hint = Ein Zinssatz gilt ab dem 1. Januar oder dem 1. Juli (beim italienischen gesetzlichen Zinssatz nur ab dem 1. Januar). Ihre Einträge haben Vorrang vor den mitgelieferten Zeilen; bereits gesendete Schreiben bleiben unverändert.
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
rates-origin-yours = eigener Eintrag

## settings.rs (Settings: profile, ladder policy, template editor, data location)
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-sending-post = Post oder E-Mail
settings-sending-registered = Einschreiben mit Rückschein (raccomandata A/R, LRAR)
settings-sending-pec = PEC (italienische zertifizierte E-Mail)
settings-next-small-claims = Klage (Bagatellverfahren)
settings-next-payment-order = Mahnbescheid
settings-next-collection-agency = Inkassobüro
settings-next-lawyer = Rechtsanwalt
settings-business-name = Firmenname
settings-address = Adresse
settings-town = Ort für die Datumszeile der Schreiben
settings-country = Land (ISO-Code)
settings-vat = USt-IdNr.
settings-iban = IBAN
settings-bic = BIC (für Zahler im Ausland)
settings-sort-code = UK-Sort-Code
settings-account-number = UK-Kontonummer
settings-email = E-Mail
settings-phone = Telefon
settings-signatory = Unterzeichner
settings-letter-language = Sprache der Schreiben
settings-currency = Währung
settings-paper = Papierformat
settings-sending = Versand der Mahnungen
settings-next-step = Schritt nach der letzten Mahnung
settings-profile-heading = Firmenprofil
settings-save-profile = Profil speichern
settings-logo-set = Ein Logo ist festgelegt.
settings-no-logo = Kein Logo.
settings-choose-logo = Logo wählen…
settings-remove-logo = Logo entfernen
settings-policy-heading = Mahnregeln
settings-templates-heading = Briefvorlagen
settings-rates-heading = Zinstabellen
settings-backups-heading = Sicherungen
settings-data-heading = Speicherort der Daten
settings-ledger-path = Datenbestand: { $path }
settings-templates-path = Ihre Vorlagen: { $path }
settings-rates-path = Ihre Zinstabellen: { $path }
settings-letters-path = Ordner für Schreiben: { $path }
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
settings-reset-template = Mitgelieferte Vorlage verwenden
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
confirm-send-text = Die { $stage } zu { $invoice } wird als heute ({ $date }) gesendet erfasst. Das PDF wird im jetzigen Zustand gespeichert und danach nicht mehr verändert; der Mahnlauf geht von dieser Stufe aus weiter.
confirm-send-yes = Die { $stage } senden
confirm-payment-overpaid = die Rechnung ist damit vollständig bezahlt; { $amount } werden auf die geforderten Zinsen und die Pauschale angerechnet (zuerst auf die Zinsen)
confirm-payment-in-full = die Rechnung ist damit vollständig bezahlt
confirm-payment-remaining = { $amount } bleiben offen
confirm-payment-title = Diese Zahlung erfassen?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Eine Zahlung von { $amount } zu { $invoice } vom { $date } erfassen: { $effect }.
confirm-handover-title = { $invoice } zur weiteren Verfolgung übergeben?
confirm-handover-text = { $invoice } als am { $date } übergeben markieren: Overdue schlägt für diese Rechnung keine Schreiben mehr vor. Mit „Übergabe rückgängig machen“ auf der Rechnungsseite lässt sich das zurücknehmen.
confirm-writeoff-title = { $invoice } abschreiben?
confirm-writeoff-text = { $invoice } zum { $date } abschreiben: Es wird nichts mehr eingefordert. Mit „Abschreibung rückgängig machen“ auf der Rechnungsseite lässt sich das zurücknehmen.
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
        [call] Anruf erfasst
        [email] E-Mail erfasst
        [meeting] Besprechung erfasst
        [note] Notiz erfasst
       *[other] { $kind } erfasst
    }
edits-dispute-opened = Einwand erfasst: Der Mahnlauf ist pausiert
edits-dispute-resolved = Einwand erledigt: Der Mahnlauf geht weiter
edits-promise-logged = Zahlungszusage bis { $date } erfasst
edits-paused = Mahnlauf pausiert bis { $date }
edits-written-off = abgeschrieben
edits-handed-over = übergeben
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
invoice-edit-letters-sent = Für diese Rechnung wurden bereits Schreiben gesendet; diese bleiben unverändert. Das nächste Schreiben und die Forderung verwenden die korrigierten Angaben.
invoice-edit-number = Nummer
invoice-edit-issued = Ausgestellt am
invoice-edit-due = Fällig am
invoice-edit-amount = Betrag
invoice-edit-description = Beschreibung
invoice-edit-terms = Zahlungsbedingungen
invoice-edit-late-rate = Verzugszinssatz %
invoice-edit-reason = Grund der Korrektur
invoice-edit-save = Korrektur speichern
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } korrigiert: { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Einige Namen gehören zu bekannten Kunden, sind aber anders geschrieben
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
dialogs-send-all-stored = Die PDFs werden im Datenbestand gespeichert; Kopien werden im Ordner für Schreiben daneben abgelegt.
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
settings-window-language = Sprache der Oberfläche

## core: src/domain/money.rs (amounts and currencies)
err-money-unknown-currency = unbekannte Währung „{ $value }“ (erwartet wird ein ISO-4217-Code wie EUR, GBP, USD)
err-money-not-a-number = „{ $value }“ ist kein Betrag
err-money-too-many-decimals =
    „{ $value }“ hat { $decimals ->
        [one] { $decimals } Nachkommastelle
       *[other] { $decimals } Nachkommastellen
    }; { $currency } erlaubt höchstens { $max }
err-money-ambiguous = „{ $value }“ ist mehrdeutig: Geben Sie den Betrag mit Nachkommastellen an (z. B. 1234.00 oder 1.234,00)
err-money-overflow = „{ $value }“ ist zu groß
err-money-not-positive = „{ $value }“ muss größer als null sein
# $other is a currency code, msg-money-dollars or msg-money-yen-or-yuan.
err-money-other-currency = „{ $value }“ ist in { $other }, der Betrag aber in { $currency }: Geben Sie ihn in { $currency } an oder ändern Sie die Währung
msg-money-dollars = Dollar
msg-money-yen-or-yuan = Yen oder Yuan

## core: src/domain/dates.rs (dates as typed)
err-dates-unknown-format = unbekanntes Datumsformat „{ $value }“ (erwartet: dd/mm/yyyy oder mm/dd/yyyy)
err-dates-shape = „{ $value }“ ist kein Datum (erwartet: JJJJ-MM-TT, TT.MM.JJJJ oder TT/MM/JJJJ)
err-dates-no-such-day = „{ $value }“ ist kein gültiger Tag
err-dates-ambiguous = „{ $value }“ kann als Tag/Monat oder als Monat/Tag gelesen werden: Geben Sie --date-format dd/mm/yyyy oder mm/dd/yyyy an

## core: src/domain/party.rs (codes: country, kind, language…; email addresses)
# $field is one of the msg-party-field-* names; $expected a msg-party-expected-* text or a msg-party-one-of list.
err-party-unknown-code = „{ $value }“ ist als { $field } nicht bekannt (erwartet: { $expected })
msg-party-field-country = Land
msg-party-field-kind = Kundenart
msg-party-field-language = Sprache
msg-party-field-paper = Papierformat
msg-party-field-next-step = nächster Schritt
msg-party-field-sending = Versandart
msg-party-field-stage = Stufe
msg-party-field-status = Status
msg-party-field-event-kind = Ereignisart
msg-party-field-log-kind = Eintragsart
msg-party-field-correction = Korrekturart
msg-party-field-law = Recht
msg-party-field-rate-table = Zinstabelle
msg-party-expected-country = ein ISO-3166-Alpha-2-Code wie IT, DE, FR, GB
msg-party-expected-log-kind = call, email, meeting oder note (Zahlungszusagen, Einwände, Pausen, Übergaben und Abschreibungen haben eigene Befehle)
# A list of codes as typed: $codes is "a, b, c", $last the last one.
msg-party-one-of = { $codes } oder { $last }
err-party-not-an-email = „{ $value }“ ist keine E-Mail-Adresse (name@example.com)

## core: src/domain/vat.rs (VAT numbers)
err-vat-empty = ist leer
err-vat-too-long = „{ $value }“ ist keine USt-IdNr. (zu lang)
# $shape is one of the msg-vat-shape-* descriptions.
err-vat-wrong-shape = „{ $value }“ hat nicht die Form einer USt-IdNr. aus { $prefix }: { $shape }
msg-vat-shape-at = ATU + 8 Ziffern
msg-vat-shape-be = BE + 10 Ziffern
msg-vat-shape-bg = BG + 9 oder 10 Ziffern
msg-vat-shape-cy = CY + 8 Ziffern und ein Buchstabe
msg-vat-shape-cz = CZ + 8 bis 10 Ziffern
msg-vat-shape-de = DE + 9 Ziffern
msg-vat-shape-dk = DK + 8 Ziffern
msg-vat-shape-ee = EE + 9 Ziffern
msg-vat-shape-el = EL + 9 Ziffern
msg-vat-shape-es = ES + 9 Zeichen (ein Buchstabe oder eine Ziffer, 7 Ziffern, ein Buchstabe oder eine Ziffer)
msg-vat-shape-fi = FI + 8 Ziffern
msg-vat-shape-fr = FR + 2 Zeichen und 9 Ziffern (die SIREN)
msg-vat-shape-hr = HR + 11 Ziffern
msg-vat-shape-hu = HU + 8 Ziffern
msg-vat-shape-ie = IE + 7 Ziffern und 1 oder 2 Buchstaben
msg-vat-shape-it = IT + 11 Ziffern (oder ein 16-stelliger Codice fiscale)
msg-vat-shape-lt = LT + 9 oder 12 Ziffern
msg-vat-shape-lu = LU + 8 Ziffern
msg-vat-shape-lv = LV + 11 Ziffern
msg-vat-shape-mt = MT + 8 Ziffern
msg-vat-shape-nl = NL + 9 Ziffern, B und 2 Ziffern
msg-vat-shape-pl = PL + 10 Ziffern
msg-vat-shape-pt = PT + 9 Ziffern
msg-vat-shape-ro = RO + 2 bis 10 Ziffern
msg-vat-shape-se = SE + 10 Ziffern und 01
msg-vat-shape-si = SI + 8 Ziffern
msg-vat-shape-sk = SK + 10 Ziffern
msg-vat-shape-gb = GB + 9 oder 12 Ziffern
msg-vat-shape-xi = XI + 9 oder 12 Ziffern
msg-vat-shape-che = CHE-123.456.789
msg-vat-shape-no = NO + 9 Ziffern (MVA)

## core: src/domain/bank.rs (IBAN, BIC, UK sort code and account number)
err-bank-iban-length = „{ $value }“ ist keine IBAN: { $count } Zeichen (eine IBAN hat 15 bis 34)
err-bank-iban-start = „{ $value }“ ist keine IBAN: Am Anfang müssen ein Ländercode und zwei Prüfziffern stehen
err-bank-iban-characters = „{ $value }“ ist keine IBAN: Nur Buchstaben und Ziffern sind erlaubt
err-bank-iban-check-digits = „{ $value }“ ist keine gültige IBAN: Die Prüfziffern stimmen nicht (ein Tippfehler?)
err-bank-bic = „{ $value }“ ist kein BIC: Ein BIC hat 8 oder 11 Buchstaben und Ziffern, z. B. BPMOIT22XXX
err-bank-sort-code = „{ $value }“ ist kein Sort Code: Ein Sort Code hat sechs Ziffern, z. B. 12-34-56
err-bank-account-number = „{ $value }“ ist keine britische Kontonummer: Eine britische Kontonummer hat acht Ziffern

## core: src/domain/rates.rs (rate tables: files, gaps, rates the user adds)
msg-rate-table-label-ecb-mro = EZB-Hauptrefinanzierungssatz
msg-rate-table-label-de-basiszins = Basiszinssatz
msg-rate-table-label-boe-base = Leitzins der Bank of England
msg-rate-table-label-it-legal = Italienischer gesetzlicher Zinssatz (Art. 1284 c.c.)
msg-rate-table-label-fr-legal = Französischer gesetzlicher Zinssatz (taux de l'intérêt légal)
# The days a row of a table may start on.
msg-rate-table-starts-yearly = 1. Januar
msg-rate-table-starts-half-yearly = 1. Januar oder 1. Juli
err-rate-table-file-line = { $file }, Zeile { $line }: { $reason }
# $label is a msg-rate-table-label-*; $series the table's code; $period the first day of the period asked about.
err-rate-table-gap = { $label }: Für den { $day } ist kein Wert bekannt; die Tabelle { $series } beginnt am { $first }. Tragen Sie den damals geltenden Satz mit `overdue rates set { $series } { $period } RATE --source TEXT` ein (oder im Fenster unter Einstellungen › Zinstabellen)
err-rate-table-gap-empty = { $label }: Für den { $day } ist kein Wert bekannt; die Tabelle { $series } ist leer. Tragen Sie den damals geltenden Satz mit `overdue rates set { $series } { $period } RATE --source TEXT` ein (oder im Fenster unter Einstellungen › Zinstabellen)
# $boundary is msg-rate-table-starts-yearly or -half-yearly.
err-rate-table-not-period-start = mit dem { $from } beginnt kein Zeitraum der Tabelle { $series } (verwenden Sie den { $boundary })
err-rate-table-out-of-range = { $rate } % liegt außerhalb von -5 bis 30 %; geben Sie den Zinssatz in Prozent an (z. B. 2,40)
err-rate-table-no-source = geben Sie an, woher der Zinssatz stammt (die amtliche Bekanntmachung), z. B. „Pressemitteilung der EZB vom 5. Juni 2026“
err-rate-table-source-one-line = muss eine einzige Textzeile sein
err-rate-table-file-not-a-date = „{ $value }“ ist kein Datum (JJJJ-MM-TT)
err-rate-table-file-no-rate = die Spalte rate_percent fehlt
err-rate-table-file-not-a-rate = „{ $value }“ ist kein Zinssatz in Prozent
err-rate-table-file-twice = der { $from } ist doppelt aufgeführt

## core: src/domain/interest.rs and interest_start.rs (a claim explained: law, rate, start, compensation)
msg-interest-law-it = italienisches Recht (D.Lgs. 231/2002)
msg-interest-law-de = deutsches Recht (BGB §§ 286, 288)
msg-interest-law-fr = französisches Recht (Code de commerce, Art. L441-10)
msg-interest-law-eu = Richtlinie 2011/7/EU
msg-interest-law-gb = Late Payment of Commercial Debts (Interest) Act 1998
msg-interest-law-none = kein gesetzliches Verzugszinsrecht
msg-interest-claims-nothing = dieses Schreiben fordert weder Zinsen noch eine Pauschale
msg-interest-no-compensation-consumer = ein Verbraucher schuldet keine Pauschale
msg-interest-no-compensation-law = für diesen Kunden gilt keine gesetzliche Pauschale
msg-interest-not-overdue-yet = die Rechnung ist noch nicht überfällig
msg-interest-not-in-default-yet = der Schuldner ist noch nicht im Verzug
# $law is a msg-interest-law-*; $named the currency the law names the sum in, $currency the invoice's.
msg-interest-compensation-other-currency = die Pauschale ({ $law }) wird nicht gefordert: Das Gesetz legt sie in { $named } fest, die Rechnung lautet auf { $currency }
# Tables as a formula names them.
msg-interest-table-ecb-mro = EZB-Hauptrefinanzierungssatz
msg-interest-table-de-basiszins = Basiszinssatz
msg-interest-table-boe-base = Leitzins der Bank of England
msg-interest-table-it-legal = italienischer gesetzlicher Zinssatz
msg-interest-table-fr-legal = französischer gesetzlicher Zinssatz
# A half-year of a rate table: $half is 1 or 2.
msg-interest-half-year = { $half }. Halbjahr { $year }
# The rate as a formula. $rate and $points are numbers as written ("2.15", "8"); $reference is " (2.15 %)" or empty.
msg-interest-formula-contractual = vereinbarte { $rate } % jährlich
msg-interest-formula-legal-rate = { $table } ({ $rate } %, Stand { $period })
msg-interest-formula-legal = { $table }
msg-interest-formula-fixed = { $points } Prozentpunkte über dem { $table }, Stand { $period }{ $reference }, fest für die gesamte Laufzeit der Forderung
msg-interest-formula-moving = { $points } Prozentpunkte über dem { $table }{ $reference }
# Why interest starts when it does. $stage is the letter's stage code.
msg-interest-start-after-due = der Tag nach der Fälligkeit
msg-interest-start-agreed-terms = vereinbarte Zahlungsbedingungen: Die Fälligkeit wurde im Vertrag vom { $date } vereinbart
msg-interest-start-letter-deadline =
    der Tag nach Ablauf der Frist ({ $deadline }) { $stage ->
        [reminder] der Zahlungserinnerung
        [formal_letter] der Mahnung
        [seven_day_notice] der 2. Mahnung
       *[legal_warning] der letzten Mahnung
    } vom { $sent }
msg-interest-start-thirty-days = 30 Tage nach Fälligkeit (§ 286 Abs. 3 BGB)
msg-interest-start-formal-letter = der Tag nach der förmlichen Mahnung (mise en demeure) vom { $sent }
msg-interest-start-not-yet = noch nicht im Verzug: weder eine im Vertrag vereinbarte Fälligkeit noch eine Mahnung mit abgelaufener Frist
msg-interest-start-never = für diesen Schuldner fallen nach diesem Recht keine Zinsen an
# The legal basis of a claim.
msg-interest-basis-contract = der im Vertrag vereinbarte Verzugszinssatz, { $rate } % jährlich, ohne Zinseszins
msg-interest-basis-none-no-law = für diesen Kunden gelten keine gesetzlichen Verzugszinsen, und es wurde kein Zinssatz vereinbart
msg-interest-basis-none-gb-consumer = nach dem Recht von England und Wales werden der Schuld eines Verbrauchers vor einem Urteil keine Zinsen hinzugerechnet, und es wurde kein Zinssatz vereinbart
msg-interest-basis-none-consumer = ein Verbraucher schuldet keine Verzugszinsen für den Geschäftsverkehr ({ $law }), und es wurde kein Zinssatz vereinbart
msg-interest-basis-de-consumer = Bürgerliches Gesetzbuch (BGB), §§ 286, 288 Abs. 1: Basiszinssatz + 5 Prozentpunkte ab Verzug
msg-interest-basis-de = Bürgerliches Gesetzbuch (BGB), §§ 286, 288 Abs. 2: Basiszinssatz + 9 Prozentpunkte ab Verzug
msg-interest-basis-it-consumer = italienisches Zivilgesetzbuch (Codice civile), Art. 1284: gesetzlicher Zinssatz ab dem Tag nach der Fälligkeit (Art. 1219 und 1282)
msg-interest-basis-it = italienisches gesetzesvertretendes Dekret (D.Lgs.) 231/2002, Art. 4 und 5: EZB-Referenzzinssatz + 8 Prozentpunkte
msg-interest-basis-fr-consumer = französisches Zivilgesetzbuch (Code civil), Art. 1231-6 und 1344-1: gesetzlicher Zinssatz ab der förmlichen Mahnung (mise en demeure)
msg-interest-basis-fr-public = französisches Vergabegesetzbuch (Code de la commande publique), Art. L2192-13 und R2192-31: intérêts moratoires zum EZB-Zinssatz + 8 Prozentpunkte, festgelegt auf den Satz des Halbjahres, in dem die Verzinsung begann
msg-interest-basis-fr = französisches Handelsgesetzbuch (Code de commerce), Art. L441-10: EZB-Refinanzierungssatz + 10 Prozentpunkte
msg-interest-basis-eu = Richtlinie 2011/7/EU, Art. 2: EZB-Hauptrefinanzierungssatz + 8 Prozentpunkte
msg-interest-basis-gb = Late Payment of Commercial Debts (Interest) Act 1998: Leitzins der Bank of England + 8 Prozentpunkte, fest für die gesamte Laufzeit der Forderung
msg-interest-fee-gb = der Festbetrag nach Section 5A
msg-interest-fee-de = die Verzugspauschale von 40 EUR nach § 288 Abs. 5 BGB
msg-interest-fee-it = die Pauschale von 40 EUR nach Art. 6
msg-interest-fee-fr-public = die Pauschale von 40 EUR nach Art. L2192-13 und D2192-35
msg-interest-fee-fr = die Pauschale von 40 EUR nach Art. D441-5
msg-interest-fee-eu = die Pauschale von 40 EUR nach Art. 6 der Richtlinie
# The basis with the fixed compensation after it ($fee is a msg-interest-fee-*).
msg-interest-basis-with-fee = { $rate }; { $fee }

## core: src/domain/invoice.rs (a new invoice's fields)
err-invoice-number-empty = ist leer
err-invoice-number-control = enthält ein Steuerzeichen (etwa einen Tabulator oder ein Escape-Zeichen)
err-invoice-number-too-long = ist länger als 64 Zeichen
err-invoice-due-before-issued = der { $due } liegt vor dem Rechnungsdatum { $issued }
err-invoice-amount-not-positive = muss größer als null sein
err-invoice-late-rate-range = muss zwischen 0 und 100 Prozent liegen
err-invoice-not-a-rate = „{ $value }“ ist kein Prozentsatz wie 9,5
err-invoice-rate-above-100 = { $value } liegt über 100 Prozent

## core: src/import (CSV import: the file, its rows and cells)
# $column is the file's column key (number, client, issued…), kept as it is.
err-import-row = Zeile { $row }, Spalte { $column }, Wert „{ $value }“: { $reason }
err-import-file = { $file }: { $reason }; es wurde nichts importiert
err-import-ambiguous-dates = Zeile { $row }, Spalte { $column }: „{ $value }“ kann als Tag/Monat oder als Monat/Tag gelesen werden, und kein Datum in der Datei entscheidet es; geben Sie --date-format dd/mm/yyyy oder mm/dd/yyyy an; es wurde nichts importiert
# Followed by the bad rows, one a line.
err-import-rows =
    { $count ->
        [one] { $count } fehlerhafte Zeile
       *[other] { $count } fehlerhafte Zeilen
    }; es wurde nichts importiert:
err-import-near-duplicate = ist „{ $name }“ in anderer Schreibweise; verwenden Sie --match-clients, um die Rechnung „{ $name }“ zuzuordnen, oder schreiben Sie den Namen genau so
err-csv-bad-utf8 = beginnt als UTF-8, ist aber kein UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut
err-csv-bad-utf16 = ist kein gültiger UTF-16-Text; speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut
err-csv-not-text = ist keine Textdatei (sie enthält Steuerzeichen); speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut
err-csv-already-in-ledger = ist bereits im Datenbestand (mit --skip-existing werden solche Zeilen übersprungen)
err-csv-file-empty = ist leer
# $error is the CSV reader's own (technical) error.
err-csv-header = die Kopfzeile ist nicht lesbar: { $error }
err-csv-row-unreadable = Zeile { $row }: { $error }
err-csv-no-rows = hat eine Kopfzeile, aber keine Zeilen
err-csv-duplicate-number = wiederholt die Rechnungsnummer aus Zeile { $row }
# $first and $second are column positions, with their headers; $column the column key they both give.
err-csv-same-column = die Spalten { $first } („{ $first_header }“) und { $second } („{ $second_header }“) geben beide { $column } an
# $missing and $accepted name the columns by their keys; $accepted lists the headers each key is known by.
err-csv-missing-columns = hat keine Spalte für: { $missing } (gefunden: { $found }). Akzeptierte Spaltenüberschriften, unabhängig von Groß- und Kleinschreibung und mit oder ohne Akzente: { $accepted }
# $order and $other are dd/mm/yyyy or mm/dd/yyyy.
err-csv-mixed-date-orders = hat das Format { $order }, aber Zeile { $row } („{ $example }“) hat das Format { $other }: Die Datei mischt Datumsreihenfolgen
err-csv-field-count =
    hat { $count ->
        [one] { $count } Feld
       *[other] { $count } Felder
    }; die Kopfzeile hat { $width }
err-csv-nul-byte = enthält ein NUL-Byte
err-csv-too-long = ist länger als 2000 Zeichen
err-csv-formula = sieht wie eine Tabellenformel aus, nicht wie ein Wert
err-csv-cell-empty = ist leer
err-csv-negative = ist negativ
err-csv-due-before-issued = liegt vor dem Rechnungsdatum { $issued }
err-csv-paid-too-much = ist höher als der Betrag

## core: src/ledger (opening a ledger, backups and restores, the stored records)
err-ledger-too-new = dieser Datenbestand hat die Schemaversion { $found }, diese Overdue-Version kennt aber nur Versionen bis { $known }: er wurde von einer neueren Overdue-Version geschrieben; aktualisieren Sie Overdue, um ihn zu öffnen (die Datei wurde nicht verändert)
err-ledger-busy = der Datenbestand wird gerade in einem anderen Fenster oder Prozess verwendet; versuchen Sie es gleich noch einmal
err-ledger-migration = der Datenbestand konnte nicht aktualisiert werden: { $error }
err-ledger-not-a-ledger = { $path } ist kein Overdue-Datenbestand (es ist überhaupt keine Datenbank): Geben Sie mit --db die richtige Datei an oder spielen Sie mit `overdue restore FILE` eine Sicherung darüber ein (diese Datei wird beiseitegelegt, nicht gelöscht)
err-ledger-sqlite = Fehler im Datenbestand: { $error }
err-ledger-wal = { $path }: der Datenbestand konnte nicht in den WAL-Modus versetzt werden (Antwort: „{ $mode }“)
msg-ledger-backup-no-profile = einem Datenbestand ohne Profil
err-ledger-backup-exists = { $path }: die Datei existiert bereits; geben Sie für die Sicherung eine neue Datei an
err-ledger-backup-integrity = die Sicherung hat die Integritätsprüfung nicht bestanden: { $result }
err-ledger-restored-integrity = der wiederhergestellte Datenbestand hat die Integritätsprüfung nicht bestanden: { $result }; der vorherige liegt in { $path }
err-ledger-backup-no-such-file = { $path }: Datei nicht gefunden
err-ledger-backup-cannot-open = { $path }: kann nicht geöffnet werden: { $error }
err-ledger-backup-not-sqlite = { $path }: ist keine SQLite-Datenbank ({ $error })
err-ledger-backup-damaged = { $path }: ist beschädigt (Integritätsprüfung: { $result })
err-ledger-backup-too-new = { $path }: hat die Schemaversion { $found }, neuer als diese Overdue-Version kennt ({ $known }); aktualisieren Sie zuerst Overdue
err-ledger-backup-not-overdue = { $path }: ist kein Overdue-Datenbestand
err-ledger-no-profile = noch kein Firmenprofil: Führen Sie zuerst `overdue profile set` aus
err-ledger-setting-not-number = die Einstellung „{ $key }“ enthält „{ $value }“, keine Zahl
err-ledger-setting-not-stage = die Einstellung „claim_from“ enthält „{ $value }“, keine Mahnstufe
err-ledger-client-exists = ein Kunde namens „{ $name }“ existiert bereits
err-ledger-no-client-id = kein Kunde mit der ID { $id }
err-ledger-no-client-named = kein Kunde namens „{ $name }“
err-ledger-no-client-did-you-mean = kein Kunde namens „{ $name }“; meinten Sie „{ $suggestion }“?
err-ledger-no-payment-id = keine Zahlung mit der ID { $id }
err-ledger-no-event = kein Protokolleintrag { $id } zu dieser Rechnung
err-ledger-invoice-exists = die Rechnungsnummer „{ $number }“ ist bereits im Datenbestand
err-ledger-invoice-with-letters = eine Rechnung, zu der Schreiben versandt wurden, wird nie gelöscht
err-ledger-no-invoice-numbered = keine Rechnung mit der Nummer „{ $number }“
err-ledger-no-invoice-id = keine Rechnung mit der ID { $id }
err-ledger-letter-has-pdf = das Schreiben { $id } existiert nicht oder hat sein PDF bereits
err-ledger-stage-already-sent = { $stage ->
    [reminder] die Zahlungserinnerung wurde für diese Rechnung bereits versandt
    [formal_letter] die Mahnung wurde für diese Rechnung bereits versandt
    [seven_day_notice] die 2. Mahnung wurde für diese Rechnung bereits versandt
   *[legal_warning] die letzte Mahnung wurde für diese Rechnung bereits versandt
}
err-ledger-dump-not-export = kein Overdue-Export eines Datenbestands in Version { $expected } (Format „{ $format }“, Version { $version })
err-ledger-dump-not-empty = der Datenbestand enthält bereits Kunden oder Rechnungen; importieren Sie einen Export in einen neuen Datenbestand (--db NEW.db)
err-ledger-dump-invoice = Rechnung „{ $number }“: { $error }
err-ledger-dump-payments-overflow = die Zahlungen ergeben zusammen mehr, als Overdue zählen kann
err-ledger-dump-payments-exceed = die Zahlungen ({ $paid }) übersteigen den Betrag ({ $amount })

## core: actions/parties.rs (the profile and client forms; shown beside the field)
err-parties-required-new-profile = ist für ein neues Profil erforderlich
err-parties-logo-unreadable = { $path } kann nicht gelesen werden: { $error }
err-parties-not-yes-no = „{ $value }“ ist weder ja noch nein
err-parties-empty = ist leer
err-parties-control-character = enthält ein Steuerzeichen (etwa einen Tabulator oder ein Escape-Zeichen)
err-parties-too-long = ist länger als { $max } Zeichen
err-parties-country-required = ist erforderlich (es gibt kein Firmenprofil, aus dem es übernommen werden kann)
err-parties-public-not-individual = eine öffentliche Stelle ist keine natürliche Person
err-parties-one-line = muss eine einzige Textzeile sein
err-parties-name-taken = „{ $name }“ ist bereits der Name von Kunde { $id }

## core: actions/rates.rs, backups.rs, template_files.rs, views.rs
err-rates-set-no-folder = der Datenbestand hat keinen Ordner für eine Zinsdatei
err-rates-set-not-a-rate = „{ $value }“ ist kein Zinssatz in Prozent mit höchstens zwei Nachkommastellen (z. B. 2,40)
err-rates-set-fix-file = { $error }; korrigieren oder entfernen Sie zuerst diese Datei
err-backups-other-ledger = diese Sicherung gehört zu { $theirs }, nicht zu { $ours }: ein anderer Datenbestand
err-backups-pass-other-ledger = { $reason }; um diesen Datenbestand trotzdem durch diese Sicherung zu ersetzen, geben Sie --other-ledger an
err-template-files-no-folder = der Datenbestand hat keinen Ordner
err-template-files-cannot-create = { $path } kann nicht angelegt werden: { $error }
err-views-unknown-status = unbekannter Status „{ $value }“ (erwartet: open, all, overdue, disputed, promised, paused, handed_over, written_off oder paid)

## core: src/ledger/backup.rs (more)
msg-ledger-backup-business = „{ $name }“

## core: actions/corrections.rs (corrections' refusals; the ledger's correction texts stay in English)
err-corrections-reason-one-line = muss eine einzige Textzeile sein
err-corrections-reason-required = geben Sie einen Grund an (--reason): Korrekturen bleiben im Verlauf der Rechnung festgehalten
err-corrections-reason-after-letters = zu { $invoice } { $count ->
        [one] wurde { $count } Schreiben
       *[other] wurden { $count } Schreiben
    } gesendet: Geben Sie an, warum die Rechnung korrigiert wird (--reason); die Schreiben bleiben, wie sie gesendet wurden
err-corrections-nothing-to-change = nichts zu ändern: Jedes Feld entspricht bereits der Angabe
err-corrections-currency-after-records = Zahlungen oder Schreiben wurden in der bisherigen Währung erfasst; stornieren Sie zuerst die Zahlungen
err-corrections-amount-below-paid = { $amount } ist weniger als die bereits bezahlten { $paid }; stornieren Sie zuerst eine Zahlung
err-corrections-has-letters = zu { $invoice } gibt es bereits Schreiben, daher wird die Rechnung nie gelöscht; korrigieren Sie sie (invoice set) oder schreiben Sie sie ab
err-corrections-not-handed-over = { $invoice } wurde nicht übergeben
err-corrections-not-written-off = { $invoice } ist nicht abgeschrieben
err-corrections-nothing-claimed = zu { $invoice } gibt es keine geforderten und nicht erhaltenen Zinsen oder Pauschalen (die Rechnung ist nicht bezahlt, oder es wurde nichts gefordert)
msg-corrections-interest-waived = geforderte und nicht erhaltene Zinsen von { $interest } und Pauschale von { $compensation }: Verzicht erfasst
msg-corrections-interest-kept = geforderte und nicht erhaltene Zinsen von { $interest } und Pauschale von { $compensation }: werden weiter gefordert

## core: actions/record.rs (payments, the log, disputes, promises, pauses, write-off, handover, sending)
err-record-no-profile-for-claim = mehr als der offene Betrag, und es gibt kein Firmenprofil, um die Forderung zu berechnen
err-record-more-than-claim = { $amount } ist mehr als die Forderung am { $date }: offener Betrag { $balance }, Zinsen { $interest }, Pauschale { $compensation } ({ $received } bereits erhalten); eine Überzahlung wird nicht erfasst
err-record-date-after-today = { $date } liegt in der Zukunft (heute ist der { $today })
err-record-date-before-issued = { $date } liegt vor dem Rechnungsdatum ({ $issued })
err-record-text-empty = ist leer
# $reason is the engine's reason (in English).
err-record-no-dispute-opened = es kann kein Einwand erfasst werden: { $reason }
err-record-dispute-already-open = seit { $since } ist bereits ein Einwand offen
err-record-no-dispute-open = zu dieser Rechnung ist kein Einwand offen
err-record-promise-passed = { $date } liegt bereits in der Vergangenheit
err-record-pause-not-after-today = { $date } muss nach dem heutigen Tag ({ $today }) liegen
err-record-cannot-write-off = Abschreiben nicht möglich: { $reason }
err-record-not-ready-handover = nicht bereit zur Übergabe: { $reason }
err-record-no-letter = es kann kein Schreiben gesendet werden: { $reason }
# $due and $wanted are stage-* names.
err-record-stage-due-not-wanted = fällig ist die { $due }, nicht die { $wanted }
err-record-copy-hint = für eine Kopie eines bereits gesendeten Schreibens: overdue letters export { $invoice } --out DIR
err-record-force-hint = --force setzt sich darüber hinweg und sendet die nächste Stufe; das wird protokolliert
# $why is the engine's reason or err-record-stage-due-not-wanted; $hint is err-record-copy-hint or err-record-force-hint.
err-record-not-sent = nicht gesendet: { $why } ({ $hint })
err-record-sent-today = die { $stage } wurde heute ({ $today }) gesendet: Am selben Tag geht kein zweites Schreiben hinaus ({ $copy })
err-record-legal-warning-sent = die letzte Mahnung wurde bereits gesendet; übergeben Sie die Rechnung zur weiteren Verfolgung
err-record-stage-cannot-follow = die { $last } wurde bereits gesendet; die { $stage } kann nicht darauf folgen ({ $copy })

## core: actions/letters.rs (letters: the sender, previews, exports)
err-letters-no-profile = noch kein Firmenprofil: Schreiben brauchen einen Absender (overdue profile set --name .. --country ..)
# $missing is msg-letters-sender-lacks.
err-letters-sender-missing = ohne die Angaben des Absenders wird kein Schreiben gesendet; im Profil fehlt Folgendes: { $missing }; ergänzen Sie das Profil mit overdue profile set (oder Einstellungen › Firmenprofil)
msg-letters-sender-lacks = { $what ->
        [address] die Postanschrift (--address)
        [city] der Ort für die Datumszeile der Schreiben (--city)
       *[both] die Postanschrift (--address) und der Ort für die Datumszeile der Schreiben (--city)
    }
# $detail and $reason are the correction as the ledger keeps it.
msg-letters-corrected-since = die Rechnung wurde nach dem letzten Schreiben (vom { $last }) am { $date } korrigiert: { $detail } (Grund: { $reason })
err-letters-interest-unstated = die { $stage } kann die geforderten Zinsen nicht beziffern: { $error }
err-letters-all-sent = alle Schreiben des Mahnlaufs wurden gesendet; mit --stage können Sie eines davon erneut in der Vorschau ansehen
err-letters-cannot-create = { $path } kann nicht angelegt werden: { $error }
err-letters-cannot-write = { $path } kann nicht geschrieben werden: { $error }

## core: actions/run.rs (the whole due queue at once)
err-run-cannot-create = { $path } kann nicht angelegt werden: { $error }
err-run-no-profile = noch kein Firmenprofil: Schreiben brauchen einen Absender (overdue profile set)
# $recorded is msg-run-none-recorded or msg-run-recorded-before.
err-run-stopped = { $what }; der Versand wurde hier angehalten. { $recorded }
err-run-cannot-write = { $path } kann nicht geschrieben werden: { $error }
err-run-pdf-not-written = die { $stage } zu { $invoice } wurde erfasst, aber ihr PDF konnte nicht nach { $path } geschrieben werden: { $error }; exportieren Sie es mit overdue letters export { $invoice } --out DIR
msg-run-ledger-changed = der Datenbestand hat sich seit Beginn des Versands geändert: { $reason }
err-run-cannot-name = { $from } kann nicht in { $to } umbenannt werden: { $error }
msg-run-none-recorded = Es wurde kein Schreiben erfasst.
msg-run-recorded-item = { $invoice } ({ $stage }) in { $path }
# $list is msg-run-recorded-item, up to 20 of them; $more is how many more.
msg-run-recorded-before = Zuvor { $count ->
        [one] wurde { $count } Schreiben
       *[other] wurden { $count } Schreiben
    } erfasst: { $list }{ $more ->
        [0] {""}
       *[other] {" "}und { $more ->
            [one] { $more } weiteres
           *[other] { $more } weitere
        }
    }.

## core: actions/policy.rs (the ladder policy)
err-policy-stage-required = ist mit --earliest oder --deadline erforderlich

## Clients › Statement (clients.rs)
clients-statement = Kontoauszug
clients-statement-hint = Der Kontoauszug: alle offenen Rechnungen mit ihrer Altersstruktur, in der Sprache des Kunden. Es wird nichts erfasst.

## core: ladder.rs
msg-ladder-paid-on = bezahlt am { $date }
msg-ladder-paid = bezahlt
msg-ladder-below-minimum = offener Betrag { $balance } liegt nicht über dem Mindestbetrag von { $minimum }
msg-ladder-disputed = bestritten seit { $date }
msg-ladder-promised = Zahlung zugesagt bis { $date }
msg-ladder-paused = pausiert bis { $date }
msg-ladder-handed-over = übergeben am { $date }
msg-ladder-written-off = abgeschrieben am { $date }
msg-ladder-not-overdue = noch nicht überfällig (fällig am { $date })
msg-ladder-waiting = wartet auf die Frist { $stage ->
    [reminder] der Zahlungserinnerung
    [formal_letter] der Mahnung
    [seven_day_notice] der 2. Mahnung
   *[legal_warning] der letzten Mahnung
} ({ $date })
msg-ladder-not-before = { $stage ->
    [reminder] die Zahlungserinnerung ist
    [formal_letter] die Mahnung ist
    [seven_day_notice] die 2. Mahnung ist
   *[legal_warning] die letzte Mahnung ist
} nicht vor dem { $date } fällig
msg-ladder-send = { $stage ->
    [reminder] Zahlungserinnerung
    [formal_letter] Mahnung
    [seven_day_notice] 2. Mahnung
   *[legal_warning] letzte Mahnung
} senden (Frist { $date })
msg-ladder-handover-ready = bereit zur Übergabe: Die Frist der letzten Mahnung ({ $date }) ist abgelaufen

## core: rates.rs (the stale-table warning)
msg-rate-table-stale-prefix = Zinstabelle möglicherweise veraltet
msg-rate-table-stale = { $prefix }: die Tabelle { $table } hat keinen Eintrag für { $period }; der Satz von { $used } ({ $rate } %) wurde verwendet

## core: run.rs (a render thread that panicked)
err-run-render-panicked = { $invoice } ({ $stage }): das Schreiben konnte nicht erstellt werden (der Erstellungsvorgang brach ab: { $error }); dafür wurde nichts gespeichert

## core: backups.rs (JSON export and import)
err-backups-json-read = { $path } kann nicht gelesen werden: { $error }
err-backups-json-invalid = { $path } ist kein gültiger Export eines Datenbestands ({ $error })

## Settings › Backups: JSON (backups.rs)
backups-json-hint = Um Ihren Datenbestand auf einen anderen Rechner zu bringen: dort als JSON exportieren und hier in einen neuen Datenbestand importieren.
backups-json-file = JSON-Datei
backups-export-json = Als JSON exportieren…
backups-import-json = JSON-Export importieren…
backups-exported-json = { $clients ->
    [one] 1 Kunde
   *[other] { $clients } Kunden
} und { $invoices ->
    [one] 1 Rechnung
   *[other] { $invoices } Rechnungen
} nach { $path } exportiert.
backups-imported-json = { $clients ->
    [one] 1 Kunde
   *[other] { $clients } Kunden
} und { $invoices ->
    [one] 1 Rechnung
   *[other] { $invoices } Rechnungen
} importiert.

## Letters to a client (send, letters due)
err-send-client-nothing-due = heute ist kein Schreiben an { $client } fällig
err-send-no-invoice = ein Schreiben betrifft mindestens eine Rechnung
msg-run-left-out = { $invoice } nicht in das Schreiben aufgenommen: { $reason }
today-col-invoices = Betroffene Rechnungen
today-more-invoices = +{ $count } weitere
confirm-send-many-text = Die { $stage } an { $client } wird als heute ({ $date }) gesendet erfasst. Sie betrifft { $count } Rechnungen: { $invoices }. Das PDF wird im jetzigen Zustand gespeichert und danach nicht mehr verändert; der Mahnlauf geht für jede dieser Rechnungen von dieser Stufe aus weiter.
sending-recorded-many = Die { $stage } an { $client } zu { $count } Rechnungen ({ $numbers }) wurde als gesendet erfasst; das PDF ist gespeichert (Frist { $date }).
err-letters-no-stored-pdf = zu Schreiben { $id } ist kein PDF gespeichert
preview-send-statement = Als versendet erfassen
preview-send-statement-hint = Diesen Kontoauszug mit seinem PDF im Verlauf des Kunden speichern; keine Rechnung rückt im Mahnlauf vor
confirm-statement-title = Kontoauszug als versendet erfassen?
confirm-statement-text = Diesen Kontoauszug an { $client } als heute ({ $date }) versendet erfassen. Das PDF wird im jetzigen Zustand gespeichert und danach nicht mehr verändert. Keine Rechnung rückt im Mahnlauf vor.
sending-statement-recorded = Kontoauszug an { $client } als am { $date } versendet erfasst; das PDF ist gespeichert.
clients-letters-heading = Versendete Schreiben ({ $count })
clients-no-letters = An diesen Kunden wurde noch kein Schreiben versendet.
clients-col-sent = Versendet
clients-col-letter = Schreiben
clients-col-covers = Rechnungen
clients-col-asked = Gefordert
clients-save-letter = PDF speichern…
err-interest-letter-nothing-owed = { $invoice }: auf einer bezahlten Rechnung sind keine mit einem Schreiben geforderten Zinsen oder Pauschalen mehr offen
err-interest-letter-not-kept = { $invoice }: entscheiden Sie zuerst: die Zinsen weiter fordern (interest keep), bevor ein Schreiben nur dazu geht, oder auf sie verzichten
err-interest-letter-already-sent = { $invoice }: das Schreiben nur zu den Zinsen wurde bereits am { $date } versendet
detail-interest-letter = Schreiben zu den Zinsen…
detail-interest-letter-hint = Vorschau des letzten Schreibens, das nur noch Zinsen und Pauschale fordert
confirm-interest-letter-title = Schreiben zu den Zinsen als versendet erfassen?
confirm-interest-letter-text = Das Schreiben zu den noch offenen Zinsen und der Pauschale für { $invoice } wird als heute ({ $date }) versendet erfasst. Das PDF wird im jetzigen Zustand gespeichert und danach nicht mehr verändert. Es wird nur einmal versendet.
sending-interest-recorded = Schreiben zu den Zinsen für { $invoice } als versendet erfasst: Es fordert { $amount } bis { $date }; das PDF ist gespeichert.

## Delivery: email, drafts, print (issue 16)
err-mail-not-set = keine E-Mail-Einstellungen: mit `overdue mail set --host HOST --port 465 --security tls --user LOGIN --from ADRESSE` festlegen, oder unter Einstellungen › E-Mail-Versand
err-mail-no-password = das SMTP-Passwort fehlt: { $reason }
err-mail-empty-password = das Passwort ist leer
err-mail-no-user = die E-Mail-Einstellungen haben keine Anmeldung (--user): dieser Server braucht kein Passwort
err-mail-client-no-email = { $client } hat keine E-Mail-Adresse: vor dem Versand per E-Mail eine eintragen (overdue client edit, oder die Seite des Kunden); nichts wurde erfasst
err-mail-clients-no-email = diese Kunden haben keine E-Mail-Adresse: { $clients }; vor dem Versand per E-Mail eintragen; nichts wurde erfasst
msg-mail-test-subject = Overdue: Test-E-Mail
msg-mail-test-body = Dies ist eine Test-E-Mail von Overdue, gesendet über { $host }. Wenn Sie sie lesen können, lassen sich Briefe per E-Mail versenden.
msg-mail-statement-subject = Kontoauszug
msg-mail-letter-subject = Schreiben
msg-mail-interrupted = beim Senden unterbrochen: vielleicht ist sie hinausgegangen, vielleicht nicht; vor einem neuen Versuch im Ordner „Gesendet“ nachsehen
err-outbox-no-delivery = es gibt keine Zustellung { $id }
err-outbox-not-email = Zustellung { $id } ist ein { $channel }, keine E-Mail: nur E-Mails werden erneut versucht
err-outbox-already-sent = Zustellung { $id } wurde schon gesendet; sie wird nicht zweimal gesendet
err-outbox-unknown = Zustellung { $id } wurde beim Senden unterbrochen und ist vielleicht hinausgegangen: im Ordner „Gesendet“ nach der Message-ID { $message_id } suchen; ist sie nicht dort, mit --unknown erneut versuchen
err-outbox-sending = Zustellung { $id } wird gerade gesendet
err-draft-no-letter = für { $invoice } ist kein Schreiben fällig und keines wurde gesendet: es gibt nichts zu entwerfen
err-draft-no-from = keine Absenderadresse: die E-Mail im Profil (overdue profile set --email) oder in den E-Mail-Einstellungen (overdue mail set) eintragen
msg-draft-written = Entwurf geschrieben nach { $path }
msg-print-page = gedruckt in { $file }, Seite { $page }
msg-print-pages = gedruckt in { $file }, Seiten { $first }–{ $last }
app-sending-emails = E-Mails werden gesendet…
dialogs-send-all-email = Jedes Schreiben per E-Mail an den Kunden senden (Einstellungen › E-Mail-Versand)
settings-email-heading = E-Mail-Versand
mail-intro = Schreiben können per E-Mail über Ihren Mailserver hinausgehen (auch ein PEC-Postfach: dessen SMTP-Server, Port 465, TLS). Das Passwort bleibt im Schlüsselbund des Systems, nie in einer Datei.
mail-host = SMTP-Server
mail-port = Port
mail-user = Anmeldename
mail-from = Absenderadresse
mail-reply-to = Antwort an (optional)
mail-security = Sicherheit
mail-security-tls = TLS (Port 465)
mail-security-starttls = STARTTLS (Port 587)
mail-security-none = Keine (nur dieser Computer)
mail-bcc-self = Mir eine Blindkopie jedes Schreibens senden
mail-save = E-Mail-Einstellungen speichern
mail-saved = E-Mail-Einstellungen gespeichert.
mail-port-invalid = „{ $port }“ ist kein Port (1 bis 65535)
mail-password = Passwort
mail-store-password = Im Schlüsselbund speichern
mail-store-password-hint = Bewahrt das Passwort im Schlüsselbund des Systems auf (nie im Journal oder in einer Datei)
mail-password-stored = Das Passwort ist im Schlüsselbund des Systems gespeichert.
mail-password-session = Kein Schlüsselbund: das Passwort bleibt im Speicher, bis Overdue geschlossen wird ({ $reason })
mail-password-in-keyring = Passwort: im Schlüsselbund des Systems gespeichert.
mail-password-in-session = Passwort: für diese Sitzung im Speicher (kein Schlüsselbund).
mail-password-env = Passwort: aus OVERDUE_SMTP_PASSWORD.
mail-password-not-needed = Keine Anmeldung: kein Passwort nötig.
mail-test-to = Test-E-Mail an
mail-send-test = Test-E-Mail senden
mail-test-sent = Test-E-Mail gesendet; der Server antwortete: { $reply }
mail-test-failed = Die Test-E-Mail wurde nicht gesendet: { $error }
mail-pec-hint = Microsoft 365 schaltet die Anmeldung mit Passwort für SMTP Ende 2026 ab: mit einem solchen Konto beim Senden „Im Mailprogramm öffnen“ wählen.
mail-how = Wie geht es hinaus?
mail-via-email = Jetzt per E-Mail senden
mail-via-draft = Im Mailprogramm öffnen (ein Entwurf, bereit zum Senden)
mail-via-print = PDF speichern / drucken (Sie senden es selbst)
mail-to = An: { $to }
mail-subject = Betreff: { $subject }
mail-client-no-address = E-Mail ist nicht möglich: der Kunde hat keine E-Mail-Adresse.
mail-not-configured = E-Mail ist nicht möglich: zuerst Einstellungen › E-Mail-Versand einrichten.
mail-sent = Per E-Mail an { $client } <{ $to }> gesendet.
mail-failed = Die E-Mail an { $client } wurde nicht gesendet: { $reason }. Das Schreiben ist erfasst; unter Heute erneut versuchen.
mail-not-sent = E-Mails nicht gesendet: { $error }
mail-nothing-to-retry = Nichts erneut zu versuchen.
mail-outbox-heading = Nicht gesendete E-Mails ({ $count })
mail-retry = Erneut versuchen
mail-retry-all = Alle erneut versuchen
mail-state-failed = fehlgeschlagen
mail-state-unknown = unterbrochen: im Ordner „Gesendet“ nachsehen
mail-state-queued = wartet
mail-print-later = Erfasst. Das PDF wurde nicht gespeichert: später bei den Schreiben der Rechnung speichern.
mail-print-saved = zum Drucken gespeichert als { $path }
mail-draft-opened = Der Entwurf an { $to } ist im Mailprogramm geöffnet: prüfen und senden.
mail-draft-written = Der Entwurf ist in { $path } geschrieben; im Mailprogramm öffnen (er konnte nicht geöffnet werden: { $error }).
mail-kind = Schreiben
mail-kind-statement = Kontoauszug
mail-kind-interest = Schreiben zu den Zinsen
mail-texts-heading = E-Mail-Texte
mail-text = Text
mail-text-preview = So liest ihn ein Kunde (Beispiel):
mail-save-text = E-Mail-Text speichern
mail-text-saved = E-Mail-Text gespeichert: { $path }
mail-col-delivery = Versand
mail-dlv-emailed = per E-Mail an { $to }
mail-dlv-email-failed = E-Mail fehlgeschlagen
mail-dlv-email-waiting = E-Mail wartet
mail-dlv-draft = Entwurf an { $to }
mail-dlv-printed = gedruckt
mail-dlv-to-print = zu drucken
mail-batch-result = E-Mails: { $sent } gesendet, { $failed } fehlgeschlagen.
msg-outbox-found-sent = vom Benutzer im Ordner „Gesendet“ gefunden: sie ist hinausgegangen
msg-outbox-not-found = nicht im Ordner „Gesendet“: erneut zu senden
err-outbox-not-unknown = Zustellung { $id } wurde nicht unterbrochen: nur eine unterbrochene wird so geklärt
mail-it-went = Ist hinausgegangen
mail-send-again = Erneut senden
mail-it-went-hint = Sie haben sie im Ordner „Gesendet“ gefunden: als gesendet markieren
mail-send-again-hint = Sie ist nicht im Ordner „Gesendet“: erneut senden

## Files sent with a letter (issue 16: the enclosures a letter lists)
err-attach-unreadable = { $path } kann nicht gelesen werden: { $error }
err-attach-not-a-file = keine Datei (ein Ordner, ein Gerät oder eine Pipe)
err-attach-empty = { $path } ist leer: nichts, was dem Schreiben beigefügt werden könnte
err-attach-too-big = { $path } ist { $size } groß: eine Datei zu einem Schreiben darf höchstens { $max } groß sein, sonst lehnen Mailserver die E-Mail ab
err-attach-too-much = die Dateien zu einem Schreiben dürfen zusammen höchstens { $max } groß sein, sonst lehnen Mailserver die E-Mail ab
err-mail-enclosures-missing = das Schreiben an { $client } nennt Anlagen, die diese E-Mail nicht mitschicken würde: { $enclosures }. Hängen Sie sie an (--attach DATEI, oder „Dateien anhängen“ im Senden-Dialog), oder senden Sie das Schreiben ohne sie (--without-enclosures); nichts wurde erfasst
msg-run-held-enclosures = zurückgehalten, nicht erfasst: das Schreiben nennt Anlagen, die die E-Mail eines Sammelversands nicht mitschicken kann ({ $enclosures }); senden Sie es mit `overdue send { $invoice } --email --attach DATEI`, oder wiederholen Sie den Versand mit --without-enclosures
mail-enclosures-listed = Das Schreiben nennt als Anlagen: { $enclosures }
mail-attach-files = Dateien anhängen…
mail-attach-drop = oder auf das Fenster ziehen
mail-dlv-files = mit { $files }
mail-attach-remove = Entfernen
mail-without-enclosures = Ohne Anlagen senden
mail-enclosures-needed = Hängen Sie die Dateien an, die das Schreiben nennt, oder wählen Sie „Ohne Anlagen senden“.
dialogs-send-all-without-enclosures = Auch die Schreiben mit Anlagen per E-Mail senden, ohne die Anlagen
dialogs-send-all-held-hint = Sonst werden sie nicht erfasst, sondern zurückgehalten, damit Sie sie einzeln mit ihren Dateien senden können.
handlers-sent-held =
    { $count ->
        [one] { $count } zurückgehalten: es nennt Anlagen; senden Sie es von seiner Rechnung aus mit den Dateien
       *[other] { $count } zurückgehalten: sie nennen Anlagen; senden Sie jedes einzeln von seiner Rechnung aus mit den Dateien
    }
