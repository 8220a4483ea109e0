lang-en = English
lang-it = Italiano
lang-de = Deutsch
lang-fr = Français

common-cancel = Annulla
common-save = Salva
common-close = Chiudi
common-back = Indietro
common-ok = OK
common-edit = Modifica
common-delete = Elimina
common-undo = Annulla l'azione
common-yes = Sì
common-no = No
stage-reminder = sollecito
stage-formal-letter = messa in mora
stage-seven-day-notice = secondo sollecito
stage-legal-warning = ultimo avviso
state-handover-ready = da affidare al legale
state-handed-over = affidata al legale
state-no-letter = nessuna lettera
state-paid = pagata
state-written-off = stralciata
state-open = aperta
state-disputed = contestata
state-paused = in pausa
state-promised = pagamento promesso

first-run-welcome = Benvenuto in Overdue
first-run-who-are-you = Le lettere partono a tuo nome. Di' a Overdue chi sei; potrai cambiarlo più tardi in Impostazioni.
first-run-save-continue = Salva e continua
first-run-how-start = Il tuo profilo è salvato. Come vuoi iniziare?
first-run-getting-ready = Preparo il tuo archivio…
first-run-start-empty = Inizia da zero
first-run-start-empty-hint = Aggiungi le fatture una alla volta con Nuova fattura.
first-run-try-demo = Prova la demo
first-run-try-demo-hint = Un archivio demo separato con { $count } fatture inventate, a ogni gradino della scala; il tuo archivio resta vuoto e intatto.
first-run-import = Importa un CSV
first-run-data-stays = I tuoi dati restano su questo computer.
csv-columns-hint = Colonne: numero, cliente, data, scadenza, importo (e, se vuoi, valuta, pagato, email…).
csv-format-hint = Separato da virgola o punto e virgola. Un file con anche una sola riga errata non importa nulla, e l'errore indica la riga.
csv-file = File CSV
csv-path-hint = percorso, o lascia vuoto per sfogliare

## detail.rs (the invoice page)
detail-heading = Fattura { $invoice }
detail-amount = Importo
detail-paid = Pagato
detail-balance = Saldo
detail-issued = Emessa il
detail-due = Scadenza
detail-terms = Condizioni di pagamento: { $terms }
detail-terms-agreed = Condizioni di pagamento: { $terms } (concordate il { $date })
detail-step-sent = inviata il { $date }
detail-step-due-now = da inviare ora, termine { $date }
detail-step-not-sent = non inviata
detail-step-ready = pronta
detail-step-not-yet = non ancora
detail-step-on = il { $date }
# The last box of the ladder strip (capitalised by the window).
detail-step-handover = affidamento al legale
detail-next = Prossimo passo: { $reason }
detail-preview-letter = Anteprima lettera
detail-send-letter = Invia lettera
detail-claim-heading = Credito a oggi
detail-interest-from = Gli interessi decorrono dal { $date } ({ $reason })
detail-no-interest = Non decorrono interessi: { $reason }
detail-interest-rate = al tasso di { $rate }
detail-interest-daily = { $amount } al giorno
detail-col-from = Dal
detail-col-to = Al
detail-col-days = Giorni
detail-col-rate = Tasso
detail-interest = Interessi
detail-compensation = Indennizzo
detail-total = Totale
detail-letters-heading = Lettere inviate
detail-letters-none = Ancora nessuna.
detail-open-pdf = Apri
detail-open-pdf-hint = Apri il PDF così come è stato inviato
detail-save-pdf-as = Salva con nome…
detail-no-pdf = nessun PDF salvato
detail-payment-heading = Registra un pagamento
detail-paid-on = Pagato il
detail-amount-paid = Importo pagato
detail-method = Modalità
detail-record-payment = Registra pagamento
detail-case-heading = Registra un contatto, o cambia il prossimo passo
detail-note = Nota
detail-until = Fino al
detail-log-call = Registra telefonata
detail-log-email = Registra email
detail-log-meeting = Registra incontro
detail-add-note = Aggiungi nota
detail-resolve-dispute = Chiudi contestazione
detail-open-dispute = Apri contestazione
detail-promise = Promessa di pagamento
detail-until-hint = Fino al giorno indicato sopra
detail-pause = Metti in pausa
detail-write-off = Stralcia
detail-hand-over = Affida al legale
detail-not-received = Interessi richiesti e non incassati: { $interest }
detail-not-received-compensation = Interessi richiesti e non incassati: { $interest }; indennizzo: { $compensation }
# $decision is "waived" or "kept".
detail-decided = Decisione: { $decision ->
        [waived] rinunciare agli interessi
       *[other] continuare a richiederli
    }.
detail-waive = Rinuncia
detail-keep-claiming = Continua a richiederli
detail-keep-claiming-hint = Lasciali aperti per una lettera sui soli interessi
detail-corrections-heading = Correzioni
detail-void-payment = Annulla pagamento { $id }
detail-void-payment-hint = Annulla questo pagamento (resta nella cronologia con il motivo)
detail-edit-invoice = Modifica fattura
detail-undo-handover = Annulla affidamento al legale
detail-undo-writeoff = Annulla stralcio
detail-timeline-heading = Cronologia
detail-timeline-empty = Ancora niente di registrato.
detail-timeline-letter = { $text }: { $amount } entro il { $date }
detail-timeline-until = { $text } (fino al { $date })
# What each timeline entry is.
detail-kind-letter = lettera
detail-kind-payment = pagamento
detail-kind-call = telefonata
detail-kind-email = email
detail-kind-meeting = incontro
detail-kind-note = nota
detail-kind-promise-to-pay = promessa di pagamento
detail-kind-dispute-opened = contestazione aperta
detail-kind-dispute-resolved = contestazione chiusa
detail-kind-paused-until = in pausa
detail-kind-handed-over = affidata al legale
detail-kind-written-off = stralciata
detail-kind-invoice-changed = fattura modificata
detail-kind-invoice-deleted = fattura eliminata
detail-kind-payment-voided = pagamento annullato
detail-kind-handover-undone = affidamento annullato
detail-kind-writeoff-undone = stralcio annullato
detail-kind-interest-waived = rinuncia agli interessi
detail-kind-interest-kept = interessi mantenuti

## handlers.rs (the toasts of sending, importing, the demo, settings, the first run)
handlers-sent-stored =
    { $count ->
        [one] { $count } lettera inviata e archiviata
       *[other] { $count } lettere inviate e archiviate
    }
handlers-sent-skipped =
    { $count ->
        [one] { $count } saltata (l'archivio è cambiato nel frattempo)
       *[other] { $count } saltate (l'archivio è cambiato nel frattempo)
    }
handlers-sent-failed =
    { $count ->
        [one] { $count } non riuscita: { $errors }
       *[other] { $count } non riuscite: { $errors }
    }
handlers-sending-failed = Invio non riuscito: { $error }
handlers-imported =
    { $invoices ->
        [one] Importata { $invoices } fattura
       *[other] Importate { $invoices } fatture
    } ({ $clients ->
        [one] { $clients } nuovo cliente
       *[other] { $clients } nuovi clienti
    }, { $payments ->
        [one] { $payments } pagamento
       *[other] { $payments } pagamenti
    }).
handlers-import-converted = Il file era in { $encoding }; è stato convertito.
handlers-import-new-clients = Nuovi clienti: { $names }.
handlers-nothing-imported = Nulla importato: { $error }
handlers-demo-failed = Impossibile aprire la demo: { $error }
handlers-no-letters-folder = L'archivio non ha una cartella in cui scrivere le lettere.
handlers-invoice-added = Fattura { $number } aggiunta.
handlers-policy-saved = Regole della scala salvate.
handlers-template-saved = Modello salvato in { $path }.
handlers-rate-saved = Tasso salvato: { $series } dal { $date }, { $rate } %. Lo userà il prossimo calcolo degli interessi.
handlers-template-reset = Di nuovo in uso il modello predefinito.
handlers-logo-filter = PNG o JPEG
handlers-profile-saved = Profilo di { $name } salvato.
handlers-logo-saved = Logo salvato.
handlers-logo-removed = Logo rimosso.
handlers-ready-empty = Pronto. Aggiungi la tua prima fattura con Nuova fattura.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = { $date } è nel futuro: la finestra mostra quel giorno e non registra nulla (Overdue registra ciò che è accaduto)
app-demo-open = L'archivio demo è aperto ({ $count } fatture inventate); il tuo archivio resta intatto. Torna al mio archivio ti riporta lì.
app-back-home = Di nuovo nel tuo archivio.
app-demo-title = Overdue — archivio DEMO (dati inventati)
app-read-only = SOLA LETTURA
app-demo = DEMO
app-back-to-my-ledger = Torna al mio archivio
app-today = Oggi
app-invoices = Fatture
app-clients = Clienti
app-settings = Impostazioni
app-new-invoice = Nuova fattura
app-import-csv = Importa CSV…
app-light-theme = Tema chiaro
app-dark-theme = Tema scuro
app-as-of = al { $date }
app-sending-letters = Invio delle lettere
app-progress = { $done } di { $total }
app-working = Elaborazione…
app-ledger-path = Archivio: { $path }
app-cannot-read = Impossibile leggere l'archivio: { $error }
app-no-invoice-open = Nessuna fattura aperta.
app-no-letter-to-preview = Nessuna lettera da mostrare in anteprima.

## sending.rs (sending one letter, saving and opening PDFs)
sending-recorded = Lettera «{ $stage }» per { $number } registrata come inviata; il PDF è archiviato (termine { $date }).
sending-not-sent = Non inviata: { $error }
sending-saved = File salvato: { $path }.
sending-opened = File aperto: { $path }.
sending-cannot-open = Impossibile aprire { $path } con { $program }: { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = Una copia di sicurezza viene fatta automaticamente alla prima scrittura di ogni giorno, con il nome dato dall'orologio di sistema, in una cartella propria di questo archivio; si conservano le ultime { $count }.
backups-back-up-now = Fai una copia ora
backups-none-yet = Ancora nessuna copia di sicurezza.
backups-size-kb = { $size } KB
backups-restore-this = Ripristina questa
backups-restore-from-file = Ripristina da un file
backups-restore = Ripristina…
backups-ledger-filter = Archivio di Overdue
backups-replace-heading = Sostituire l'archivio?
backups-replace-everything = Tutto il contenuto dell'archivio sarà sostituito da { $path }.
backups-careful = Attenzione: { $reason }.
backups-undoable = Prima viene fatta una copia dell'archivio così com'è ora, quindi potrai tornare indietro.
backups-replace-with-other = Sostituiscilo con l'altro archivio
backups-replace = Sostituisci l'archivio
backups-backed-up = Copia di sicurezza salvata in { $path }.
backups-failed = Nessuna copia fatta: { $error }
backups-restored = Ripristinato da { $path }. L'archivio com'era è in { $copy }.
backups-nothing-restored = Nulla ripristinato: { $error }
backups-cannot-list = Impossibile elencare le copie di sicurezza: { $error }

## today.rs (Today: figures, aging, the due queue, the coming week, Log call / Pause)
today-due-heading = Da fare oggi ({ $count })
today-send-all = Invia tutte ({ $count })
today-nothing-due = Oggi non c'è nulla da fare. Ogni fattura aperta è nei termini di pagamento o attende lo scadere di un termine.
today-soon-heading = In arrivo nei prossimi { $days } giorni ({ $count })
today-nothing-soon = Nulla da fare nella prossima settimana.
today-outstanding = Da incassare
today-nothing = niente
today-outstanding-in = Da incassare ({ $currency })
today-overdue-in = Scaduto ({ $currency })
today-no-letter-yet = Nessuna lettera
today-reminder-sent = Sollecito inviato
today-formal-letter-sent = Messa in mora inviata
today-second-demand-sent = Secondo sollecito inviato
today-legal-warning-sent = Ultimo avviso inviato
today-handed-over = Affidate al legale
today-aging-heading = Scaduto per anzianità ({ $currency })
# The aging buckets, by days overdue.
today-aging-0-30 = 0–30 giorni
today-aging-31-60 = 31–60 giorni
today-aging-61-90 = 61–90 giorni
today-aging-over-90 = oltre 90 giorni
# A bucket and its amount, under the chart.
today-aging-amount = { $bucket }: { $amount }
today-col-client = Cliente
today-col-invoice = Fattura
today-col-balance = Saldo
today-col-days = Giorni
today-col-letter = Lettera
today-col-deadline = Termine
today-col-actions = Azioni
today-col-on = Data
today-col-what = Cosa
today-preview = Anteprima
today-preview-hint = Guarda la lettera prima che parta
today-send = Invia
today-send-hint = Registrala come inviata e conserva il suo PDF
today-hand-over = Affida al legale
today-log-call = Registra chiamata
today-pause = Pausa
today-pause-heading = Metti in pausa la scala per { $number }
today-log-call-heading = Registra una chiamata per { $number }
today-until = Fino al
today-pause-why = Perché (per lo storico)
today-call-what = Cosa vi siete detti

## invoices.rs (Invoices: filters, table, new-invoice form)
invoices-filter-all = Tutte
invoices-filter-open = Aperte
invoices-filter-overdue = Scadute
invoices-filter-disputed = Contestate
invoices-filter-promised = Pagamento promesso
invoices-filter-paused = In pausa
invoices-filter-handed-over = Affidate al legale
invoices-filter-paid = Pagate
invoices-filter-written-off = Stralciate
invoices-search = Cerca
invoices-search-hint = numero o cliente (Ctrl+F)
invoices-count = { $total ->
    [one] { $shown } di { $total } fattura
   *[other] { $shown } di { $total } fatture
}
invoices-number = Numero
invoices-client = Cliente
invoices-issued = Emessa
invoices-due = Scadenza
invoices-amount = Importo
invoices-balance = Saldo
invoices-status = Stato
invoices-stage = Gradino
invoices-new-heading = Nuova fattura
invoices-client-name = Nome del cliente
invoices-pick = Scegli
invoices-pick-client = Scegli un cliente
invoices-currency = Valuta
invoices-terms = Termini di pagamento
invoices-description = Descrizione
invoices-late-rate = Tasso di mora %
invoices-add = Aggiungi fattura

## clients.rs (Clients: list, a client's facts and invoices, add and edit form)
clients-kind-business = Azienda
clients-kind-consumer = Consumatore
clients-kind-public = Ente pubblico
# A client's kind in the facts list (lower case).
clients-kind-is-business = azienda
clients-kind-is-consumer = consumatore
clients-kind-is-public = ente pubblico
clients-law-default = Del mio paese
clients-law-it = Italia (D.Lgs. 231/2002)
clients-law-de = Germania (BGB 288)
clients-law-fr = Francia (Code de commerce)
clients-law-eu = Direttiva UE 2011/7
clients-law-gb = Regno Unito (Late Payment Act 1998)
clients-law-none = Nessun interesse legale
clients-law-from-my-country = del mio paese
clients-heading = Clienti
clients-add = Aggiungi cliente
clients-filter = Filtra
clients-name = Nome
clients-owes = Deve
clients-nothing = niente
clients-pick-hint = Scegli un cliente a sinistra.
clients-edit = Modifica cliente
clients-new-invoice = Nuova fattura per questo cliente
clients-kind = Tipo
clients-country = Paese
clients-language = Lingua
clients-law = Legge
clients-email = Email
clients-address = Indirizzo
clients-vat = Partita IVA
clients-notes = Note
clients-invoices-heading = Fatture ({ $count })
clients-col-number = Numero
clients-col-due = Scadenza
clients-col-balance = Saldo
clients-col-status = Stato
clients-col-ladder = Scala
clients-new-heading = Nuovo cliente
clients-country-iso = Paese (codice ISO)
clients-sole-trader = Ditta individuale (una persona, non una società)
clients-contact = Referente
clients-salutation = Saluto (es. Gentile Sig. Rossi)
clients-save = Salva cliente

## preview.rs (the letter preview's buttons)
preview-save-pdf = Salva PDF con nome…
preview-send = Invia
preview-not-due = Questa lettera non è quella da inviare oggi: puoi vederne l'anteprima, non inviarla.
preview-logo = Logo

## rates.rs (Settings › Interest rate tables, and the stale-table warnings)
rates-choice-ecb-mro = Tasso BCE di rifinanziamento principale (IT, FR, UE)
rates-choice-de-basiszins = Basiszinssatz tedesco (DE)
rates-choice-boe-base = Tasso base della Bank of England (GB)
rates-choice-it-legal = Tasso legale italiano, annuale (consumatori IT)
rates-choice-fr-legal = Tasso legale francese (consumatori FR)
rates-series-ecb-mro = Tasso BCE di rifinanziamento principale
rates-series-de-basiszins = Basiszinssatz tedesco (tasso di base)
rates-series-boe-base = Tasso base della Bank of England
rates-series-it-legal = Tasso di interesse legale italiano (art. 1284 c.c.)
rates-series-fr-legal = Tasso di interesse legale francese (taux de l'intérêt légal)
# A rate table's name and how many rows it has.
rates-series-heading = { $count ->
    [one] { $table } ({ $count } riga)
   *[other] { $table } ({ $count } righe)
}
rates-stale-heading = Gli interessi di questa lettera si basano su una tabella dei tassi non aggiornata:
rates-warning = Attenzione: { $warning }
rates-not-loaded = I tassi si caricano con le lettere.
rates-all-current = Ogni tabella copre la data di oggi.
rates-add-heading = Aggiungi o correggi un tasso
rates-add-hint = Un tasso vale dal 1° gennaio o dal 1° luglio (dal 1° gennaio per il tasso legale italiano). I tuoi prevalgono sulle righe fornite; le lettere già inviate restano come sono.
rates-table = Tabella
rates-from-date = Dal (AAAA-MM-GG)
rates-rate-percent = Tasso in percentuale
rates-source = Fonte
rates-save = Salva tasso
rates-col-period = Periodo
rates-col-from = Dal
rates-col-rate = Tasso %
rates-col-origin = Origine
rates-col-source = Fonte
rates-origin-shipped = fornito
rates-origin-yours = tuo

## settings.rs (Settings: profile, ladder policy, template editor, data location)
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-sending-post = Posta o email
settings-sending-registered = Raccomandata A/R (LRAR)
settings-sending-pec = PEC (posta elettronica certificata)
settings-next-small-claims = Giudice di pace
settings-next-payment-order = Decreto ingiuntivo
settings-next-collection-agency = Agenzia di recupero crediti
settings-next-lawyer = Un avvocato
settings-business-name = Ragione sociale
settings-address = Indirizzo
settings-town = Città da cui datare le lettere
settings-country = Paese (codice ISO)
settings-vat = Partita IVA
settings-iban = IBAN
settings-bic = BIC (per pagamenti dall'estero)
settings-sort-code = Sort code (Regno Unito)
settings-account-number = Numero di conto (Regno Unito)
settings-email = Email
settings-phone = Telefono
settings-signatory = Firmatario
settings-letter-language = Lingua delle lettere
settings-currency = Valuta
settings-paper = Carta
settings-sending = Invio dei solleciti
settings-next-step = Passo dopo l'ultimo avviso
settings-profile-heading = Profilo aziendale
settings-save-profile = Salva profilo
settings-logo-set = Logo impostato.
settings-no-logo = Nessun logo.
settings-choose-logo = Scegli logo…
settings-remove-logo = Rimuovi logo
settings-policy-heading = Regole della scala
settings-templates-heading = Modelli di lettera
settings-rates-heading = Tabelle dei tassi di interesse
settings-backups-heading = Copie di sicurezza
settings-data-heading = Posizione dei dati
settings-ledger-path = Archivio: { $path }
settings-templates-path = I tuoi modelli: { $path }
settings-rates-path = Le tue tabelle dei tassi: { $path }
settings-letters-path = Lettere in blocco: { $path }
settings-data-stays = Tutto resta su questo computer.
settings-col-stage = Gradino
settings-col-earliest = Dal giorno (dopo la scadenza)
settings-col-deadline = Termine concesso (giorni)
settings-earliest-hint = primo giorno utile
settings-consumer-deadline = Termine dell'ultimo avviso per i consumatori (giorni)
settings-min-balance = Saldo minimo da sollecitare
settings-claim-from = Chiedi gli interessi da
settings-next-step-note = Il passo dopo l'ultimo avviso si imposta nel profilo qui sopra.
settings-save-policy = Salva regole
settings-template-language = Lingua del modello
settings-template-stage = Gradino del modello
settings-your-copy = tua copia
settings-shipped-template = modello fornito
settings-template-text = Testo del modello
settings-template-ok = Il modello è valido.
settings-not-saved = Non salvato: { $error }
settings-save-template = Salva modello
settings-reset-template = Torna al modello fornito
settings-preview-waits = L'anteprima appare quando il modello è valido.

## widgets.rs (shared widgets)
# An invoice's standing in lists (lower case), beside the state-* names.
widgets-status-overdue = scaduta

## confirm.rs (confirmations, reasons, corrections' toasts)
confirm-void-title = Annullare il pagamento { $id } della fattura { $invoice }?
confirm-undo-handover-title = Annullare l'affidamento al legale di { $invoice }?
confirm-undo-writeoff-title = Annullare lo stralcio di { $invoice }?
# $stage is a stage-* name.
confirm-send-title = Inviare la lettera di { $stage }?
confirm-send-text = Registra la lettera di { $stage } per { $invoice } come inviata oggi ({ $date }). Il suo PDF viene salvato così com'è ora e non cambia più; la scala dei solleciti prosegue da questa lettera.
confirm-send-yes = Invia la lettera di { $stage }
confirm-payment-overpaid = la fattura sarà pagata per intero, e { $amount } va agli interessi e all'indennizzo richiesti (prima gli interessi)
confirm-payment-in-full = la fattura sarà pagata per intero
confirm-payment-remaining = resteranno da pagare { $amount }
confirm-payment-title = Registrare questo pagamento?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Registra un pagamento di { $amount } su { $invoice } in data { $date }: { $effect }.
confirm-handover-title = Affidare { $invoice } al legale?
confirm-handover-text = Segna { $invoice } come affidata al legale il { $date }: Overdue smette di proporre lettere per questa fattura. «Annulla affidamento al legale» nella sua pagina la riporta indietro.
confirm-writeoff-title = Stralciare { $invoice }?
confirm-writeoff-text = Stralcia { $invoice } il { $date }: non si sollecita più nulla. «Annulla stralcio» nella sua pagina la riporta indietro.
confirm-reason-kept = Il motivo resta nella cronologia della fattura.
confirm-reason = Motivo
confirm-reason-confirm = Conferma
confirm-payment-voided = pagamento { $id } annullato; saldo ora { $balance }
confirm-handover-undone = affidamento al legale annullato
confirm-writeoff-undone = stralcio annullato

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Pagamento registrato su { $invoice }; saldo ora { $balance }.
# $kind is call, email, meeting or note.
edits-logged = { $kind ->
        [call] telefonata registrata
        [email] email registrata
        [meeting] incontro registrato
        [note] nota registrata
       *[other] { $kind } registrato
    }
edits-dispute-opened = contestazione aperta: la scala dei solleciti è in pausa
edits-dispute-resolved = contestazione chiusa: la scala dei solleciti riprende
edits-promise-logged = promessa di pagamento entro il { $date } registrata
edits-paused = solleciti in pausa fino al { $date }
edits-written-off = stralciata
edits-handed-over = affidata al legale
edits-client-added = Cliente { $client } aggiunto.
edits-client-saved = Cliente { $client } salvato.
# The fields a case action's error names, before the action's own words.
edits-field-text = nota
edits-field-until = data
edits-field-kind = tipo

## forms.rs (the forms' own values and errors)
# The payment method a new payment form starts with (editable, stored as typed).
forms-method-bank-transfer = bonifico bancario
forms-not-whole-days = «{ $value }» non è un numero intero di giorni

## invoice_edit.rs (Correct invoice dialog)
invoice-edit-heading = Correggi la fattura { $invoice }
invoice-edit-letters-sent = Per questa fattura sono già state inviate lettere: restano come sono. La prossima lettera e il credito usano i dati corretti.
invoice-edit-number = Numero
invoice-edit-issued = Emessa il
invoice-edit-due = Scadenza
invoice-edit-amount = Importo
invoice-edit-description = Descrizione
invoice-edit-terms = Condizioni di pagamento
invoice-edit-late-rate = Tasso di mora %
invoice-edit-reason = Motivo della correzione
invoice-edit-save = Salva correzione
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } corretta: { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Alcuni nomi sono clienti già noti, scritti diversamente
dialogs-match-text = Non è stato importato nulla. Queste righe indicano un cliente che hai già, con maiuscole, accenti o punteggiatura diversi:
dialogs-match-book = Assegnale ai clienti noti
dialogs-send-all-title = Inviare { $count ->
        [one] { $count } lettera
       *[other] { $count } lettere
    }?
dialogs-send-all-yes = Invia { $count ->
        [one] { $count } lettera
       *[other] { $count } lettere
    }
dialogs-stale-rates = Le lettere che richiedono interessi per questi periodi usano l'ultimo tasso noto:
dialogs-stale-rates-hint = Aggiungi prima il tasso in Impostazioni › Tabelle dei tassi di interesse, se è stato pubblicato.
dialogs-send-all-checked = Ogni lettera viene ricontrollata subito prima di essere registrata: una fattura pagata o contestata nel frattempo viene saltata.
dialogs-send-all-stored = I PDF vengono salvati nell'archivio, e una copia viene scritta nella cartella delle lettere lì accanto.
dialogs-import-heading = Importa fatture da un CSV
dialogs-import = Importa

## Date picker (date_picker.rs)
date-pick = Scegli…
date-previous-month = Mese precedente
date-next-month = Mese successivo
date-mon = Lu
date-tue = Ma
date-wed = Me
date-thu = Gi
date-fri = Ve
date-sat = Sa
date-sun = Do

## Settings › Window language (settings.rs)
settings-window-language = Lingua della finestra
