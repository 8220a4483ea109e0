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
common-undo = Annulla
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

first-run-welcome = Ti diamo il benvenuto in Overdue
first-run-who-are-you = Le lettere partono a tuo nome: indica a Overdue chi sei. Potrai modificare questi dati più tardi nelle Impostazioni.
first-run-save-continue = Salva e continua
first-run-how-start = Il tuo profilo è salvato. Come vuoi iniziare?
first-run-getting-ready = Preparazione del tuo archivio…
first-run-start-empty = Inizia da zero
first-run-start-empty-hint = Aggiungi le fatture una alla volta con «Nuova fattura».
first-run-try-demo = Prova la demo
first-run-try-demo-hint = Un archivio demo separato con { $count } fatture inventate, in tutte le fasi dei solleciti; il tuo archivio resta vuoto e intatto.
first-run-import = Importa un CSV
first-run-data-stays = I tuoi dati restano su questo computer.
csv-columns-hint = Colonne: numero, cliente, data, scadenza, importo (e, se vuoi, valuta, pagato, email…).
csv-format-hint = Valori separati da virgola o da punto e virgola. Se anche una sola riga è errata non viene importato nulla, e l'errore indica quale riga correggere.
csv-file = File CSV
csv-path-hint = percorso (lascia vuoto per sfogliare)

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
detail-case-heading = Registra un contatto o cambia il prossimo passo
detail-note = Nota
detail-until = Fino al
detail-log-call = Registra telefonata
detail-log-email = Registra email
detail-log-meeting = Registra incontro
detail-add-note = Aggiungi nota
detail-resolve-dispute = Chiudi contestazione
detail-open-dispute = Apri contestazione
detail-promise = Registra promessa
detail-until-hint = Fino al giorno indicato sopra
detail-pause = Metti in pausa
detail-write-off = Stralcia
detail-hand-over = Affida al legale
detail-not-received = Interessi richiesti e non incassati: { $interest }
detail-not-received-compensation = Interessi richiesti e non incassati: { $interest }; indennizzo: { $compensation }
# $decision is "waived" or "kept".
detail-decided = Hai deciso di { $decision ->
        [waived] rinunciare agli interessi
       *[other] continuare a richiederli
    }.
detail-waive = Rinuncia agli interessi
detail-keep-claiming = Continua a richiederli
detail-keep-claiming-hint = Lasciali in sospeso, per una lettera dedicata ai soli interessi
detail-corrections-heading = Correzioni
detail-void-payment = Annulla pagamento { $id }
detail-void-payment-hint = Annulla questo pagamento (resta nella cronologia con il motivo)
detail-edit-invoice = Modifica fattura
detail-undo-handover = Annulla affidamento al legale
detail-undo-writeoff = Annulla stralcio
detail-timeline-heading = Cronologia
detail-timeline-empty = Non è ancora stato registrato nulla.
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
handlers-nothing-imported = Non è stato importato nulla: { $error }
handlers-demo-failed = Impossibile aprire la demo: { $error }
handlers-no-letters-folder = L'archivio non ha una cartella in cui scrivere le lettere.
handlers-invoice-added = Fattura { $number } aggiunta.
handlers-policy-saved = Regole dei solleciti salvate.
handlers-template-saved = Modello salvato in { $path }.
handlers-rate-saved = Tasso salvato: { $series } dal { $date }, { $rate } %. Lo userà il prossimo calcolo degli interessi.
handlers-template-reset = Ora si usa di nuovo il modello predefinito.
handlers-logo-filter = PNG o JPEG
handlers-profile-saved = Profilo di { $name } salvato.
handlers-logo-saved = Logo salvato.
handlers-logo-removed = Logo rimosso.
handlers-ready-empty = Tutto pronto. Aggiungi la tua prima fattura con «Nuova fattura».

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = { $date } è nel futuro: la finestra mostra quel giorno e non registra nulla (Overdue registra ciò che è accaduto)
app-demo-open = L'archivio demo è aperto ({ $count } fatture inventate); il tuo archivio resta intatto. Per tornarci, usa «Torna al mio archivio».
app-back-home = Sei di nuovo nel tuo archivio.
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
app-working = Elaborazione in corso…
app-ledger-path = Archivio: { $path }
app-cannot-read = Impossibile leggere l'archivio: { $error }
app-no-invoice-open = Nessuna fattura aperta.
app-no-letter-to-preview = Nessuna lettera da mostrare in anteprima.

## sending.rs (sending one letter, saving and opening PDFs)
sending-recorded = Invio registrato: { $stage } per la fattura { $number }; il PDF è archiviato (termine: { $date }).
sending-not-sent = Non inviata: { $error }
sending-saved = File salvato: { $path }.
sending-opened = File aperto: { $path }.
sending-cannot-open = Impossibile aprire { $path } con { $program }: { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = Ogni giorno, alla prima modifica, Overdue crea automaticamente una copia di sicurezza in una cartella riservata a questo archivio, con un nome basato sull'orologio di sistema; vengono conservate le ultime { $count }.
backups-back-up-now = Crea una copia ora
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
backups-failed = Copia di sicurezza non eseguita: { $error }
backups-restored = Ripristinato da { $path }. L'archivio precedente è stato salvato in { $copy }.
backups-nothing-restored = Ripristino non eseguito: { $error }
backups-cannot-list = Impossibile elencare le copie di sicurezza: { $error }

## today.rs (Today: figures, aging, the due queue, the coming week, Log call / Pause)
today-due-heading = Da fare oggi ({ $count })
today-send-all = Invia tutte ({ $count })
today-nothing-due = Oggi non ci sono lettere da inviare. Tutte le fatture aperte sono nei termini di pagamento o in attesa che scada un termine.
today-soon-heading = In arrivo nei prossimi { $days } giorni ({ $count })
today-nothing-soon = Nessuna scadenza nella prossima settimana.
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
today-send-hint = Registra la lettera come inviata e archiviane il PDF
today-hand-over = Affida al legale
today-log-call = Registra telefonata
today-pause = Pausa
today-pause-heading = Metti in pausa i solleciti per la fattura { $number }
today-log-call-heading = Registra una telefonata per la fattura { $number }
today-until = Fino al
today-pause-why = Motivo (resta nella cronologia)
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
invoices-issued = Emissione
invoices-due = Scadenza
invoices-amount = Importo
invoices-balance = Saldo
invoices-status = Stato
invoices-stage = Fase
invoices-new-heading = Nuova fattura
invoices-client-name = Nome del cliente
invoices-pick = Scegli
invoices-pick-client = Scegli un cliente
invoices-currency = Valuta
invoices-terms = Condizioni di pagamento
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
clients-law-default = Quella del mio paese
clients-law-it = Italia (D.Lgs. 231/2002)
clients-law-de = Germania (BGB 288)
clients-law-fr = Francia (Code de commerce)
clients-law-eu = Direttiva UE 2011/7
clients-law-gb = Regno Unito (Late Payment Act 1998)
clients-law-none = Nessun interesse di mora per legge
clients-law-from-my-country = quella del mio paese
clients-heading = Clienti
clients-add = Aggiungi cliente
clients-filter = Filtra
clients-name = Nome
clients-owes = Dovuto
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
clients-col-ladder = Fase
clients-new-heading = Nuovo cliente
clients-country-iso = Paese (codice ISO)
clients-sole-trader = Ditta individuale (una persona, non una società)
clients-contact = Referente
clients-salutation = Appellativo (es. Sig. Rossi)
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
rates-all-current = Tutte le tabelle sono aggiornate a oggi.
rates-add-heading = Aggiungi o correggi un tasso
rates-add-hint = Un tasso vale dal 1° gennaio o dal 1° luglio (dal 1° gennaio per il tasso legale italiano). I tassi che inserisci tu prevalgono su quelli forniti con Overdue; le lettere già inviate restano invariate.
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
settings-business-name = Nome o ragione sociale
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
settings-sending = Modalità di invio dei solleciti
settings-next-step = Passo successivo all'ultimo avviso
settings-profile-heading = Profilo aziendale
settings-save-profile = Salva profilo
settings-logo-set = Logo impostato.
settings-no-logo = Nessun logo.
settings-choose-logo = Scegli logo…
settings-remove-logo = Rimuovi logo
settings-policy-heading = Regole dei solleciti
settings-templates-heading = Modelli di lettera
settings-rates-heading = Tabelle dei tassi di interesse
settings-backups-heading = Copie di sicurezza
settings-data-heading = Posizione dei dati
settings-ledger-path = Archivio: { $path }
settings-templates-path = I tuoi modelli: { $path }
settings-rates-path = Le tue tabelle dei tassi: { $path }
settings-letters-path = Lettere inviate in blocco: { $path }
settings-data-stays = Tutto resta su questo computer.
settings-col-stage = Fase
settings-col-earliest = Non prima di (giorni dalla scadenza)
settings-col-deadline = Termine concesso (giorni)
settings-earliest-hint = primo giorno utile
settings-consumer-deadline = Termine dell'ultimo avviso per i consumatori (giorni)
settings-min-balance = Saldo minimo da sollecitare
settings-claim-from = Chiedi gli interessi a partire dalla fase
settings-next-step-note = Il passo successivo all'ultimo avviso si imposta nel profilo qui sopra.
settings-save-policy = Salva regole
settings-template-language = Lingua del modello
settings-template-stage = Fase della lettera
settings-your-copy = la tua copia
settings-shipped-template = modello predefinito
settings-template-text = Testo del modello
settings-template-ok = Il modello è valido.
settings-not-saved = Non salvato: { $error }
settings-save-template = Salva modello
settings-reset-template = Ripristina il modello predefinito
settings-preview-waits = L'anteprima appare quando il modello è valido.

## widgets.rs (shared widgets)
# An invoice's standing in lists (lower case), beside the state-* names.
widgets-status-overdue = scaduta

## confirm.rs (confirmations, reasons, corrections' toasts)
confirm-void-title = Annullare il pagamento { $id } della fattura { $invoice }?
confirm-undo-handover-title = Annullare l'affidamento al legale della fattura { $invoice }?
confirm-undo-writeoff-title = Annullare lo stralcio della fattura { $invoice }?
# $stage is a stage-* name.
confirm-send-title = Inviare la lettera ({ $stage })?
confirm-send-text = Registra la lettera ({ $stage }) per la fattura { $invoice } come inviata oggi ({ $date }). Il PDF viene archiviato così com'è ora e non cambierà più; la scala dei solleciti prosegue da questa lettera.
confirm-send-yes = Invia la lettera ({ $stage })
confirm-payment-overpaid = la fattura sarà pagata per intero, e { $amount } va agli interessi e all'indennizzo richiesti (prima gli interessi)
confirm-payment-in-full = la fattura sarà pagata per intero
confirm-payment-remaining = resteranno da pagare { $amount }
confirm-payment-title = Registrare questo pagamento?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Registra un pagamento di { $amount } per la fattura { $invoice }, in data { $date }: { $effect }.
confirm-handover-title = Affidare la fattura { $invoice } al legale?
confirm-handover-text = Segna la fattura { $invoice } come affidata al legale in data { $date }: Overdue non proporrà più lettere per questa fattura. Per tornare indietro, usa «Annulla affidamento al legale» nella pagina della fattura.
confirm-writeoff-title = Stralciare la fattura { $invoice }?
confirm-writeoff-text = Stralcia la fattura { $invoice } in data { $date }: non verrà più sollecitata. Per tornare indietro, usa «Annulla stralcio» nella pagina della fattura.
confirm-reason-kept = Il motivo resta nella cronologia della fattura.
confirm-reason = Motivo
confirm-reason-confirm = Conferma
confirm-payment-voided = pagamento { $id } annullato; saldo attuale: { $balance }
confirm-handover-undone = affidamento al legale annullato
confirm-writeoff-undone = stralcio annullato

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Pagamento registrato per la fattura { $invoice }; saldo attuale: { $balance }.
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
invoice-edit-letters-sent = Per questa fattura sono già state inviate lettere: restano come sono. La prossima lettera e il calcolo del credito useranno i dati corretti.
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
invoice-edit-corrected = Fattura { $invoice } corretta: { $changes }.

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
dialogs-send-all-stored = I PDF vengono salvati nell'archivio e una copia di ciascuno viene scritta nella cartella delle lettere, accanto all'archivio.
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

## core: src/domain/money.rs (amounts and currencies)
err-money-unknown-currency = valuta sconosciuta «{ $value }» (serve un codice ISO 4217, ad esempio EUR, GBP, USD)
err-money-not-a-number = «{ $value }» non è un importo
err-money-too-many-decimals =
    «{ $value }» ha { $decimals ->
        [one] { $decimals } decimale
       *[other] { $decimals } decimali
    }; { $currency } ne ammette al massimo { $max }
err-money-ambiguous = «{ $value }» è ambiguo: scrivilo con i decimali (ad es. 1234.00 o 1.234,00)
err-money-overflow = «{ $value }» è troppo grande
err-money-not-positive = «{ $value }» deve essere maggiore di zero
# $other is a currency code, msg-money-dollars or msg-money-yen-or-yuan.
err-money-other-currency = «{ $value }» è in { $other }, ma l'importo è in { $currency }: indicalo in { $currency } oppure cambia la valuta
msg-money-dollars = dollari
msg-money-yen-or-yuan = yen o yuan

## core: src/domain/dates.rs (dates as typed)
err-dates-unknown-format = formato di data sconosciuto «{ $value }» (previsto dd/mm/yyyy o mm/dd/yyyy)
err-dates-shape = «{ $value }» non è una data (formati ammessi: AAAA-MM-GG, GG.MM.AAAA o GG/MM/AAAA)
err-dates-no-such-day = «{ $value }» non è un giorno esistente
err-dates-ambiguous = «{ $value }» può essere letto con il giorno o con il mese per primo: indica --date-format dd/mm/yyyy o mm/dd/yyyy

## core: src/domain/party.rs (codes: country, kind, language…; email addresses)
# $field is one of the msg-party-field-* names; $expected a msg-party-expected-* text or a msg-party-one-of list.
err-party-unknown-code = «{ $value }» non è riconosciuto come { $field } (previsto: { $expected })
msg-party-field-country = paese
msg-party-field-kind = tipo di cliente
msg-party-field-language = lingua
msg-party-field-paper = formato carta
msg-party-field-next-step = passo successivo
msg-party-field-sending = modalità di invio
msg-party-field-stage = fase
msg-party-field-status = stato
msg-party-field-event-kind = tipo di evento
msg-party-field-log-kind = tipo di annotazione
msg-party-field-correction = tipo di correzione
msg-party-field-law = legge
msg-party-field-rate-table = tabella dei tassi
msg-party-expected-country = un codice ISO 3166 alpha-2, ad esempio IT, DE, FR, GB
msg-party-expected-log-kind = call, email, meeting o note (promesse, contestazioni, pause, affidamenti al legale e stralci hanno comandi propri)
# A list of codes as typed: $codes is "a, b, c", $last the last one.
msg-party-one-of = { $codes } o { $last }
err-party-not-an-email = «{ $value }» non è un indirizzo email (nome@example.com)

## core: src/domain/vat.rs (VAT numbers)
err-vat-empty = è vuoto
err-vat-too-long = «{ $value }» non è una partita IVA (troppo lunga)
# $shape is one of the msg-vat-shape-* descriptions.
err-vat-wrong-shape = «{ $value }» non ha la forma di una partita IVA di { $prefix }: { $shape }
msg-vat-shape-at = ATU + 8 cifre
msg-vat-shape-be = BE + 10 cifre
msg-vat-shape-bg = BG + 9 o 10 cifre
msg-vat-shape-cy = CY + 8 cifre e una lettera
msg-vat-shape-cz = CZ + da 8 a 10 cifre
msg-vat-shape-de = DE + 9 cifre
msg-vat-shape-dk = DK + 8 cifre
msg-vat-shape-ee = EE + 9 cifre
msg-vat-shape-el = EL + 9 cifre
msg-vat-shape-es = ES + 9 caratteri (una lettera o cifra, 7 cifre, una lettera o cifra)
msg-vat-shape-fi = FI + 8 cifre
msg-vat-shape-fr = FR + 2 caratteri e 9 cifre (il SIREN)
msg-vat-shape-hr = HR + 11 cifre
msg-vat-shape-hu = HU + 8 cifre
msg-vat-shape-ie = IE + 7 cifre e 1 o 2 lettere
msg-vat-shape-it = IT + 11 cifre (oppure un codice fiscale di 16 caratteri)
msg-vat-shape-lt = LT + 9 o 12 cifre
msg-vat-shape-lu = LU + 8 cifre
msg-vat-shape-lv = LV + 11 cifre
msg-vat-shape-mt = MT + 8 cifre
msg-vat-shape-nl = NL + 9 cifre, B e 2 cifre
msg-vat-shape-pl = PL + 10 cifre
msg-vat-shape-pt = PT + 9 cifre
msg-vat-shape-ro = RO + da 2 a 10 cifre
msg-vat-shape-se = SE + 10 cifre e 01
msg-vat-shape-si = SI + 8 cifre
msg-vat-shape-sk = SK + 10 cifre
msg-vat-shape-gb = GB + 9 o 12 cifre
msg-vat-shape-xi = XI + 9 o 12 cifre
msg-vat-shape-che = CHE-123.456.789
msg-vat-shape-no = NO + 9 cifre (MVA)

## core: src/domain/bank.rs (IBAN, BIC, UK sort code and account number)
err-bank-iban-length =
    «{ $value }» non è un IBAN: ha { $count ->
        [one] { $count } carattere
       *[other] { $count } caratteri
    } (un IBAN ne ha da 15 a 34)
err-bank-iban-start = «{ $value }» non è un IBAN: deve iniziare con il codice del paese e due cifre di controllo
err-bank-iban-characters = «{ $value }» non è un IBAN: sono ammesse solo lettere e cifre
err-bank-iban-check-digits = «{ $value }» non è un IBAN valido: le cifre di controllo non corrispondono (un errore di battitura?)
err-bank-bic = «{ $value }» non è un BIC: un BIC ha 8 o 11 lettere e cifre, ad es. BPMOIT22XXX
err-bank-sort-code = «{ $value }» non è un sort code: un sort code ha sei cifre, ad es. 12-34-56
err-bank-account-number = «{ $value }» non è un numero di conto britannico: deve avere otto cifre

## core: src/domain/rates.rs (rate tables: files, gaps, rates the user adds)
msg-rate-table-label-ecb-mro = Tasso BCE di rifinanziamento principale
msg-rate-table-label-de-basiszins = Basiszinssatz tedesco (tasso di base)
msg-rate-table-label-boe-base = Tasso base della Bank of England
msg-rate-table-label-it-legal = Tasso di interesse legale italiano (art. 1284 c.c.)
msg-rate-table-label-fr-legal = Tasso di interesse legale francese (taux de l'intérêt légal)
# The days a row of a table may start on.
msg-rate-table-starts-yearly = 1° gennaio
msg-rate-table-starts-half-yearly = 1° gennaio o 1° luglio
err-rate-table-file-line = { $file }, riga { $line }: { $reason }
# $label is a msg-rate-table-label-*; $series the table's code; $period the first day of the period asked about.
err-rate-table-gap = { $label }: nessun valore noto per il { $day }; la tabella { $series } inizia il { $first }. Aggiungi il tasso in vigore a quella data con `overdue rates set { $series } { $period } RATE --source TEXT` (o nella finestra, da Impostazioni › Tabelle dei tassi di interesse)
err-rate-table-gap-empty = { $label }: nessun valore noto per il { $day }; la tabella { $series } è vuota. Aggiungi il tasso in vigore a quella data con `overdue rates set { $series } { $period } RATE --source TEXT` (o nella finestra, da Impostazioni › Tabelle dei tassi di interesse)
# $boundary is msg-rate-table-starts-yearly or -half-yearly.
err-rate-table-not-period-start = il { $from } non è l'inizio di un periodo della tabella { $series } (usa il { $boundary })
err-rate-table-out-of-range = { $rate } % è fuori dall'intervallo da -5 a 30 %; indica il tasso in percentuale, ad es. 2,40
err-rate-table-no-source = indica da dove viene il tasso (la comunicazione ufficiale), ad es. «Comunicato stampa BCE del 5 giugno 2026»
err-rate-table-source-one-line = deve essere una sola riga di testo
err-rate-table-file-not-a-date = «{ $value }» non è una data (AAAA-MM-GG)
err-rate-table-file-no-rate = manca la colonna rate_percent
err-rate-table-file-not-a-rate = «{ $value }» non è un tasso in percentuale
err-rate-table-file-twice = il { $from } compare due volte

## core: src/domain/interest.rs and interest_start.rs (a claim explained: law, rate, start, compensation)
msg-interest-law-it = la legge italiana (D.Lgs. 231/2002)
msg-interest-law-de = la legge tedesca (BGB, §§ 286 e 288)
msg-interest-law-fr = la legge francese (Code de commerce, art. L441-10)
msg-interest-law-eu = la direttiva 2011/7/UE
msg-interest-law-gb = il Late Payment of Commercial Debts (Interest) Act 1998
msg-interest-law-none = nessuna legge sui ritardi di pagamento
msg-interest-claims-nothing = questa lettera non richiede interessi né indennizzo
msg-interest-no-compensation-consumer = un consumatore non deve l'indennizzo forfettario
msg-interest-no-compensation-law = a questo cliente non si applica alcun indennizzo forfettario di legge
msg-interest-not-overdue-yet = la fattura non è ancora scaduta
msg-interest-not-in-default-yet = il debitore non è ancora in mora
# $law is a msg-interest-law-*; $named the currency the law names the sum in, $currency the invoice's.
msg-interest-compensation-other-currency = l'indennizzo forfettario secondo { $law } non è richiesto: la legge lo fissa in { $named } e la fattura è in { $currency }
# Tables as a formula names them.
msg-interest-table-ecb-mro = tasso BCE di rifinanziamento principale
msg-interest-table-de-basiszins = Basiszinssatz tedesco
msg-interest-table-boe-base = tasso base della Bank of England
msg-interest-table-it-legal = tasso legale italiano
msg-interest-table-fr-legal = tasso legale francese
# A half-year of a rate table: $half is 1 or 2.
msg-interest-half-year = { $half }° semestre { $year }
# The rate as a formula. $rate and $points are numbers as written ("2.15", "8"); $reference is " (2.15 %)" or empty.
msg-interest-formula-contractual = il tasso pattuito del { $rate } % annuo
msg-interest-formula-legal-rate = il { $table } ({ $rate } % nel { $period })
msg-interest-formula-legal = il { $table }
msg-interest-formula-fixed = il { $table } del { $period }{ $reference } maggiorato di { $points } punti, fisso per tutta la durata del debito
msg-interest-formula-moving = il { $table }{ $reference } maggiorato di { $points } punti
# Why interest starts when it does. $stage is the letter's stage code.
msg-interest-start-after-due = il giorno successivo alla scadenza
msg-interest-start-agreed-terms = termini pattuiti: la scadenza è stata pattuita nel contratto del { $date }
msg-interest-start-letter-deadline =
    il giorno successivo al termine ({ $deadline }) { $stage ->
        [reminder] del sollecito
        [formal_letter] della messa in mora
        [seven_day_notice] del secondo sollecito
       *[legal_warning] dell'ultimo avviso
    } del { $sent }
msg-interest-start-thirty-days = 30 giorni dopo la scadenza (§ 286, comma 3, BGB)
msg-interest-start-formal-letter = il giorno successivo alla messa in mora (mise en demeure) del { $sent }
msg-interest-start-not-yet = debitore non ancora in mora: nessuna scadenza pattuita nel contratto e nessuna diffida con termine scaduto
msg-interest-start-never = per questo debitore non decorrono interessi secondo questa legge
# The legal basis of a claim.
msg-interest-basis-contract = il tasso di mora pattuito nel contratto, { $rate } % annuo, interessi semplici
msg-interest-basis-none-no-law = a questo cliente non si applicano interessi di mora legali, e non è stato pattuito alcun tasso
msg-interest-basis-none-gb-consumer = secondo il diritto di Inghilterra e Galles, sul debito di un consumatore non maturano interessi prima della sentenza, e non è stato pattuito alcun tasso
msg-interest-basis-none-consumer = un consumatore non deve interessi di mora per transazioni commerciali secondo { $law }, e non è stato pattuito alcun tasso
msg-interest-basis-de-consumer = Codice civile tedesco (BGB), §§ 286 e 288, comma 1: tasso di base (Basiszinssatz) + 5 punti, dalla mora
msg-interest-basis-de = Codice civile tedesco (BGB), §§ 286 e 288, comma 2: tasso di base (Basiszinssatz) + 9 punti, dalla mora
msg-interest-basis-it-consumer = Codice civile, art. 1284: tasso di interesse legale, dal giorno successivo alla scadenza (artt. 1219 e 1282)
msg-interest-basis-it = D.Lgs. 231/2002, artt. 4 e 5: tasso di riferimento BCE + 8 punti
msg-interest-basis-fr-consumer = Codice civile francese, artt. 1231-6 e 1344-1: tasso di interesse legale, dalla messa in mora (mise en demeure)
msg-interest-basis-fr-public = Codice francese degli appalti pubblici (Code de la commande publique), artt. L2192-13 e R2192-31: intérêts moratoires al tasso BCE + 8 punti, fissato al tasso del semestre in cui gli interessi hanno iniziato a decorrere
msg-interest-basis-fr = Codice di commercio francese, art. L441-10: tasso di rifinanziamento BCE + 10 punti
msg-interest-basis-eu = Direttiva 2011/7/UE, art. 2: tasso BCE di rifinanziamento principale + 8 punti
msg-interest-basis-gb = Late Payment of Commercial Debts (Interest) Act 1998: tasso base della Bank of England + 8 punti, fisso per tutta la durata del debito
msg-interest-fee-gb = l'indennizzo forfettario della section 5A
msg-interest-fee-de = l'indennizzo forfettario di 40 euro ai sensi del § 288, comma 5, BGB
msg-interest-fee-it = l'indennizzo forfettario di 40 euro ai sensi dell'art. 6
msg-interest-fee-fr-public = l'indennizzo forfettario di 40 euro ai sensi degli artt. L2192-13 e D2192-35
msg-interest-fee-fr = l'indennizzo forfettario di 40 euro ai sensi dell'art. D441-5
msg-interest-fee-eu = l'indennizzo forfettario di 40 euro ai sensi dell'art. 6 della direttiva
# The basis with the fixed compensation after it ($fee is a msg-interest-fee-*).
msg-interest-basis-with-fee = { $rate }; { $fee }

## core: src/domain/invoice.rs (a new invoice's fields)
err-invoice-number-empty = è vuoto
err-invoice-number-control = contiene un carattere di controllo (come una tabulazione o un escape)
err-invoice-number-too-long = supera i 64 caratteri
err-invoice-due-before-issued = il { $due } è precedente alla data di emissione { $issued }
err-invoice-amount-not-positive = deve essere maggiore di zero
err-invoice-late-rate-range = deve essere compreso tra 0 e 100 per cento
err-invoice-not-a-rate = «{ $value }» non è una percentuale come 9,5
err-invoice-rate-above-100 = { $value } supera il 100 per cento

## core: src/import (CSV import: the file, its rows and cells)
# $column is the file's column key (number, client, issued…), kept as it is.
err-import-row = riga { $row }, colonna { $column }, valore «{ $value }»: { $reason }
err-import-file = { $file }: { $reason }; non è stato importato nulla
err-import-ambiguous-dates = riga { $row }, colonna { $column }: «{ $value }» può essere letto con il giorno o con il mese per primo, e nessuna data nel file lo chiarisce; indica --date-format dd/mm/yyyy o mm/dd/yyyy; non è stato importato nulla
# Followed by the bad rows, one a line.
err-import-rows =
    { $count ->
        [one] { $count } riga errata
       *[other] { $count } righe errate
    }; non è stato importato nulla:
err-import-near-duplicate = è «{ $name }» scritto in modo diverso; usa --match-clients per attribuire la fattura a «{ $name }», oppure scrivi il nome esattamente così
err-csv-bad-utf8 = sembra UTF-8 ma non è testo UTF-8; salvalo come «CSV UTF-8» e importalo di nuovo
err-csv-bad-utf16 = non è testo UTF-16 valido; salvalo come «CSV UTF-8» e importalo di nuovo
err-csv-not-text = non è un file di testo (contiene byte di controllo); salvalo come «CSV UTF-8» e importalo di nuovo
err-csv-already-in-ledger = è già nell'archivio (usa --skip-existing per saltare queste righe)
err-csv-file-empty = è vuoto
# $error is the CSV reader's own (technical) error.
err-csv-header = impossibile leggere l'intestazione: { $error }
err-csv-row-unreadable = riga { $row }: { $error }
err-csv-no-rows = ha un'intestazione ma nessuna riga
err-csv-duplicate-number = ripete il numero di fattura della riga { $row }
# $first and $second are column positions, with their headers; $column the column key they both give.
err-csv-same-column = le colonne { $first } («{ $first_header }») e { $second } («{ $second_header }») corrispondono entrambe a { $column }
# $missing and $accepted name the columns by their keys; $accepted lists the headers each key is known by.
err-csv-missing-columns = non ha una colonna per: { $missing } (trovate: { $found }). Intestazioni accettate, in maiuscolo o minuscolo, con o senza accenti: { $accepted }
# $order and $other are dd/mm/yyyy or mm/dd/yyyy.
err-csv-mixed-date-orders = è nel formato { $order }, ma la riga { $row } («{ $example }») è nel formato { $other }: il file mescola ordini di data diversi
err-csv-field-count =
    ha { $count ->
        [one] { $count } campo
       *[other] { $count } campi
    }; l'intestazione ne ha { $width }
err-csv-nul-byte = contiene un byte NUL
err-csv-too-long = supera i 2000 caratteri
err-csv-formula = sembra una formula di foglio di calcolo, non un valore
err-csv-cell-empty = è vuoto
err-csv-negative = è negativo
err-csv-due-before-issued = è precedente alla data di emissione { $issued }
err-csv-paid-too-much = supera l'importo

## core: src/ledger (opening a ledger, backups and restores, the stored records)
err-ledger-too-new = questo archivio ha la versione di schema { $found }, ma questo Overdue conosce solo le versioni fino alla { $known }: è stato scritto da una versione più recente di Overdue; aggiorna Overdue per aprirlo (il file non è stato modificato)
err-ledger-busy = l'archivio è in uso in un'altra finestra o in un altro processo; riprova tra un momento
err-ledger-migration = impossibile aggiornare l'archivio: { $error }
err-ledger-not-a-ledger = { $path } non è un archivio di Overdue (non è affatto un database): indica il file giusto con --db, oppure ripristina al suo posto una copia di sicurezza con `overdue restore FILE` (questo file viene messo da parte, non eliminato)
err-ledger-sqlite = errore dell'archivio: { $error }
err-ledger-wal = { $path }: impossibile passare l'archivio in modalità WAL (risposta: «{ $mode }»)
msg-ledger-backup-no-profile = un archivio senza profilo
err-ledger-backup-exists = { $path }: il file esiste già; indica un nuovo file per la copia di sicurezza
err-ledger-backup-integrity = la copia di sicurezza non ha superato il controllo di integrità: { $result }
err-ledger-restored-integrity = l'archivio ripristinato non ha superato il controllo di integrità: { $result }; quello precedente è in { $path }
err-ledger-backup-no-such-file = { $path }: il file non esiste
err-ledger-backup-cannot-open = { $path }: impossibile aprire il file: { $error }
err-ledger-backup-not-sqlite = { $path }: non è un database SQLite ({ $error })
err-ledger-backup-damaged = { $path }: il file è danneggiato (controllo di integrità: { $result })
err-ledger-backup-too-new = { $path }: ha la versione di schema { $found }, più recente di quelle che questo Overdue conosce ({ $known }); aggiorna prima Overdue
err-ledger-backup-not-overdue = { $path }: non è un archivio di Overdue
err-ledger-no-profile = non c'è ancora un profilo aziendale: esegui prima `overdue profile set`
err-ledger-setting-not-number = l'impostazione «{ $key }» contiene «{ $value }», che non è un numero
err-ledger-setting-not-stage = l'impostazione «claim_from» contiene «{ $value }», che non è una fase del sollecito
err-ledger-client-exists = esiste già un cliente di nome «{ $name }»
err-ledger-no-client-id = nessun cliente con id { $id }
err-ledger-no-client-named = nessun cliente di nome «{ $name }»
err-ledger-no-client-did-you-mean = nessun cliente di nome «{ $name }»; forse intendevi «{ $suggestion }»?
err-ledger-no-payment-id = nessun pagamento con id { $id }
err-ledger-no-event = nessun evento { $id } per questa fattura
err-ledger-invoice-exists = il numero di fattura «{ $number }» è già nell'archivio
err-ledger-invoice-with-letters = una fattura per cui sono state inviate lettere non viene mai eliminata
err-ledger-no-invoice-numbered = nessuna fattura con numero «{ $number }»
err-ledger-no-invoice-id = nessuna fattura con id { $id }
err-ledger-letter-has-pdf = la lettera { $id } non esiste o ha già il suo PDF
err-ledger-stage-already-sent = { $stage ->
    [reminder] il sollecito è già stato inviato per questa fattura
    [formal_letter] la messa in mora è già stata inviata per questa fattura
    [seven_day_notice] il secondo sollecito è già stato inviato per questa fattura
   *[legal_warning] l'ultimo avviso è già stato inviato per questa fattura
}
err-ledger-dump-not-export = non è un'esportazione di un archivio Overdue nella versione { $expected } (formato «{ $format }», versione { $version })
err-ledger-dump-not-empty = l'archivio contiene già clienti o fatture; importa l'esportazione in un nuovo archivio (--db NEW.db)
err-ledger-dump-invoice = fattura «{ $number }»: { $error }
err-ledger-dump-payments-overflow = la somma dei pagamenti supera quanto Overdue è in grado di contare
err-ledger-dump-payments-exceed = i pagamenti ({ $paid }) superano l'importo ({ $amount })

## core: actions/parties.rs (the profile and client forms; shown beside the field)
err-parties-required-new-profile = è obbligatorio per un nuovo profilo
err-parties-logo-unreadable = impossibile leggere { $path }: { $error }
err-parties-not-yes-no = «{ $value }» non è né sì né no
err-parties-empty = è vuoto
err-parties-control-character = contiene un carattere di controllo (ad esempio una tabulazione o un escape)
err-parties-too-long = supera i { $max } caratteri
err-parties-country-required = è obbligatorio (non c'è un profilo aziendale da cui prenderlo)
err-parties-public-not-individual = un ente pubblico non è una persona fisica
err-parties-one-line = deve stare su una sola riga
err-parties-name-taken = «{ $name }» è già il nome del cliente { $id }

## core: actions/rates.rs, backups.rs, template_files.rs, views.rs
err-rates-set-no-folder = l'archivio non ha una cartella per un file dei tassi
err-rates-set-not-a-rate = «{ $value }» non è un tasso in percentuale con al massimo due decimali, ad es. 2,40
err-rates-set-fix-file = { $error }; correggi o rimuovi prima quel file
err-backups-other-ledger = questa copia di sicurezza appartiene a { $theirs }, non a { $ours }: è un altro archivio
err-backups-pass-other-ledger = { $reason }; per sostituire comunque questo archivio con la copia, usa --other-ledger
err-template-files-no-folder = l'archivio non ha una cartella
err-template-files-cannot-create = impossibile creare { $path }: { $error }
err-views-unknown-status = stato sconosciuto «{ $value }» (valori ammessi: open, all, overdue, disputed, promised, paused, handed_over, written_off o paid)

## core: src/ledger/backup.rs (more)
msg-ledger-backup-business = «{ $name }»

## core: actions/corrections.rs (corrections' refusals; the ledger's correction texts stay in English)
err-corrections-reason-one-line = deve essere una sola riga di testo
err-corrections-reason-required = indica il motivo (--reason): le correzioni restano nella cronologia della fattura
err-corrections-reason-after-letters = { $count ->
        [one] { $count } lettera è stata inviata
       *[other] { $count } lettere sono state inviate
    } per { $invoice }: indica perché la correggi (--reason); le lettere restano come sono state inviate
err-corrections-nothing-to-change = niente da cambiare: ogni campo è già come indicato
err-corrections-currency-after-records = pagamenti o lettere sono stati registrati nella valuta precedente; annulla prima i pagamenti
err-corrections-amount-below-paid = { $amount } è inferiore ai { $paid } già pagati; annulla prima un pagamento
err-corrections-has-letters = { $invoice } ha delle lettere: non viene mai eliminata; correggila (invoice set) o stralciala
err-corrections-not-handed-over = { $invoice } non è affidata al legale
err-corrections-not-written-off = { $invoice } non è stralciata
err-corrections-nothing-claimed = { $invoice } non ha interessi né indennizzo richiesti e non incassati (non è pagata, o non è stato richiesto nulla)
msg-corrections-interest-waived = interessi di { $interest } e indennizzo di { $compensation } richiesti e non incassati: rinuncia registrata
msg-corrections-interest-kept = interessi di { $interest } e indennizzo di { $compensation } richiesti e non incassati: restano richiesti

## core: actions/record.rs (payments, the log, disputes, promises, pauses, write-off, handover, sending)
err-record-no-profile-for-claim = supera il saldo, e non c'è un profilo aziendale con cui calcolare il credito
err-record-more-than-claim = { $amount } supera il credito al { $date }: saldo { $balance }, interessi { $interest }, indennizzo { $compensation } ({ $received } già incassati); un pagamento in eccesso non viene registrato
err-record-date-after-today = il { $date } è successivo a oggi ({ $today })
err-record-date-before-issued = il { $date } è precedente all'emissione della fattura ({ $issued })
err-record-text-empty = è vuoto
# $reason is the engine's reason (in English).
err-record-no-dispute-opened = non si può aprire una contestazione: { $reason }
err-record-dispute-already-open = una contestazione è già aperta dal { $since }
err-record-no-dispute-open = nessuna contestazione è aperta su questa fattura
err-record-promise-passed = il { $date } è già passato
err-record-pause-not-after-today = il { $date } non è successivo a oggi ({ $today })
err-record-cannot-write-off = impossibile stralciare: { $reason }
err-record-not-ready-handover = non è pronta per essere affidata al legale: { $reason }
err-record-no-letter = nessuna lettera può essere inviata: { $reason }
# $due and $wanted are stage-* names.
err-record-stage-due-not-wanted = la lettera da inviare ora è quella di { $due }, non quella di { $wanted }
err-record-copy-hint = per una copia di una lettera già inviata: overdue letters export { $invoice } --out DIR
err-record-force-hint = --force scavalca questo controllo e invia la fase successiva; viene registrato
# $why is the engine's reason or err-record-stage-due-not-wanted; $hint is err-record-copy-hint or err-record-force-hint.
err-record-not-sent = non inviata: { $why } ({ $hint })
err-record-sent-today = la lettera ({ $stage }) è stata inviata oggi ({ $today }): nello stesso giorno non parte una seconda lettera ({ $copy })
err-record-legal-warning-sent = l'ultimo avviso è già stato inviato; affida la fattura al legale
err-record-stage-cannot-follow = la lettera ({ $last }) è già stata inviata; quella ({ $stage }) non può seguirla ({ $copy })

## core: actions/letters.rs (letters: the sender, previews, exports)
err-letters-no-profile = ancora nessun profilo aziendale: le lettere hanno bisogno di un mittente (overdue profile set --name .. --country ..)
# $missing is msg-letters-sender-lacks.
err-letters-sender-missing = nessuna lettera parte senza i dati del mittente: il profilo non indica { $missing }; completalo con overdue profile set (o Impostazioni › Profilo aziendale)
msg-letters-sender-lacks = { $what ->
        [address] l'indirizzo postale (--address)
        [city] la località da cui sono datate le lettere (--city)
       *[both] l'indirizzo postale (--address) né la località da cui sono datate le lettere (--city)
    }
# $detail and $reason are the correction as the ledger keeps it.
msg-letters-corrected-since = la fattura è stata corretta dopo l'ultima lettera (del { $last }), il { $date }: { $detail } (motivo: { $reason })
err-letters-interest-unstated = la lettera ({ $stage }) non può indicare gli interessi che richiede: { $error }
err-letters-all-sent = tutte le lettere della scala dei solleciti sono state inviate; usa --stage per rivederne una in anteprima
err-letters-cannot-create = impossibile creare { $path }: { $error }
err-letters-cannot-write = impossibile scrivere { $path }: { $error }

## core: actions/run.rs (the whole due queue at once)
err-run-cannot-create = impossibile creare { $path }: { $error }
err-run-no-profile = ancora nessun profilo aziendale: le lettere hanno bisogno di un mittente (overdue profile set)
# $recorded is msg-run-none-recorded or msg-run-recorded-before.
err-run-stopped = { $what }; l'invio si è interrotto qui. { $recorded }
err-run-cannot-write = impossibile scrivere { $path }: { $error }
err-run-pdf-not-written = la lettera ({ $stage }) per { $invoice } è stata registrata, ma non è stato possibile scriverne il PDF in { $path }: { $error }; esportala con overdue letters export { $invoice } --out DIR
msg-run-ledger-changed = l'archivio è cambiato dall'inizio dell'invio: { $reason }
err-run-cannot-name = impossibile rinominare { $from } in { $to }: { $error }
msg-run-none-recorded = Nessuna lettera è stata registrata.
msg-run-recorded-item = { $invoice } ({ $stage }) in { $path }
# $list is msg-run-recorded-item, up to 20 of them; $more is how many more.
msg-run-recorded-before = In precedenza { $count ->
        [one] era stata registrata { $count } lettera
       *[other] erano state registrate { $count } lettere
    }: { $list }{ $more ->
        [0] {""}
       *[other] {" "}e { $more ->
            [one] un'altra
           *[other] altre { $more }
        }
    }.

## core: actions/policy.rs (the ladder policy)
err-policy-stage-required = è obbligatoria con --earliest o --deadline

## Clients › Statement (clients.rs)
clients-statement = Estratto conto
clients-statement-hint = L'estratto conto: tutte le fatture aperte con la loro anzianità, nella lingua del cliente. Non viene registrato nulla.

## core: ladder.rs
msg-ladder-paid-on = pagata il { $date }
msg-ladder-paid = pagata
msg-ladder-below-minimum = il saldo di { $balance } non supera il minimo di { $minimum }
msg-ladder-disputed = contestata dal { $date }
msg-ladder-promised = pagamento promesso entro il { $date }
msg-ladder-paused = in pausa fino al { $date }
msg-ladder-handed-over = affidata al legale il { $date }
msg-ladder-written-off = stralciata il { $date }
msg-ladder-not-overdue = non ancora scaduta (scadenza { $date })
msg-ladder-waiting = in attesa del termine { $stage ->
    [reminder] del sollecito
    [formal_letter] della messa in mora
    [seven_day_notice] del secondo sollecito
   *[legal_warning] dell'ultimo avviso
} ({ $date })
msg-ladder-not-before = { $stage ->
    [reminder] il sollecito non è dovuto
    [formal_letter] la messa in mora non è dovuta
    [seven_day_notice] il secondo sollecito non è dovuto
   *[legal_warning] l'ultimo avviso non è dovuto
} prima del { $date }
msg-ladder-send = invia { $stage ->
    [reminder] il sollecito
    [formal_letter] la messa in mora
    [seven_day_notice] il secondo sollecito
   *[legal_warning] l'ultimo avviso
} (termine { $date })
msg-ladder-handover-ready = da affidare al legale: il termine dell'ultimo avviso ({ $date }) è scaduto

## core: rates.rs (the stale-table warning)
msg-rate-table-stale-prefix = la tabella dei tassi potrebbe non essere aggiornata
msg-rate-table-stale = { $prefix }: la tabella { $table } non ha una riga per { $period }; è stato usato il tasso di { $used } ({ $rate } %)

## core: run.rs (a render thread that panicked)
err-run-render-panicked = { $invoice } ({ $stage }): impossibile comporre la lettera (il processo di composizione si è interrotto: { $error }); per questa fattura non è stato registrato nulla

## core: backups.rs (JSON export and import)
err-backups-json-read = impossibile leggere { $path }: { $error }
err-backups-json-invalid = { $path } non è un'esportazione valida dell'archivio ({ $error })

## Settings › Backups: JSON (backups.rs)
backups-json-hint = Per spostare l'archivio su un altro computer: esportalo in JSON lì e importalo qui in un archivio nuovo.
backups-json-file = File JSON
backups-export-json = Esporta in JSON…
backups-import-json = Importa un'esportazione JSON…
backups-exported-json = Esportati in { $path }: { $clients ->
    [one] 1 cliente
   *[other] { $clients } clienti
} e { $invoices ->
    [one] 1 fattura
   *[other] { $invoices } fatture
}.
backups-imported-json = Importati { $clients ->
    [one] 1 cliente
   *[other] { $clients } clienti
} e { $invoices ->
    [one] 1 fattura
   *[other] { $invoices } fatture
}.

## Letters to a client (send, letters due)
err-send-client-nothing-due = oggi non c'è nessuna lettera da inviare a { $client }
err-send-no-invoice = una lettera riguarda almeno una fattura
msg-run-left-out = { $invoice } esclusa dalla lettera: { $reason }
today-col-invoices = Fatture comprese
today-more-invoices = +{ $count } altre
confirm-send-many-text = Registra la lettera ({ $stage }) a { $client } come inviata oggi ({ $date }). Riguarda { $count } fatture: { $invoices }. Il PDF viene archiviato così com'è ora e non cambierà più; la scala dei solleciti prosegue da questa lettera per ciascuna fattura.
sending-recorded-many = Invio registrato: { $stage } a { $client } per { $count } fatture ({ $numbers }); il PDF è archiviato (termine: { $date }).
err-letters-no-stored-pdf = la lettera { $id } non ha un PDF archiviato
preview-send-statement = Registra come inviato
preview-send-statement-hint = Archivia questo estratto conto con il suo PDF nello storico del cliente; nessuna fattura avanza nella scala dei solleciti
confirm-statement-title = Registrare l'estratto conto come inviato?
confirm-statement-text = Registra questo estratto conto a { $client } come inviato oggi ({ $date }). Il PDF viene archiviato così com'è ora e non cambierà più. Nessuna fattura avanza nella scala dei solleciti.
sending-statement-recorded = Estratto conto a { $client } registrato come inviato il { $date }; il PDF è archiviato.
clients-letters-heading = Lettere inviate ({ $count })
clients-no-letters = A questo cliente non è ancora stata inviata alcuna lettera.
clients-col-sent = Inviata
clients-col-letter = Lettera
clients-col-covers = Fatture
clients-col-asked = Importo richiesto
clients-save-letter = Salva PDF…
err-interest-letter-nothing-owed = { $invoice }: su una fattura pagata non resta dovuto alcun interesse o indennizzo richiesto con una lettera
err-interest-letter-not-kept = { $invoice }: prima decidi: continua a richiedere gli interessi (interest keep) prima di una lettera solo su di essi, oppure rinuncia
err-interest-letter-already-sent = { $invoice }: la lettera sui soli interessi è già stata inviata il { $date }
detail-interest-letter = Lettera sugli interessi…
detail-interest-letter-hint = Anteprima dell'ultima lettera, che richiede solo gli interessi e il risarcimento forfettario
confirm-interest-letter-title = Registrare la lettera sugli interessi come inviata?
confirm-interest-letter-text = Registra come inviata oggi ({ $date }) la lettera sugli interessi e sul risarcimento ancora dovuti per { $invoice }. Il PDF viene archiviato così com'è ora e non cambierà più. Si invia una sola volta.
sending-interest-recorded = Lettera sugli interessi per { $invoice } registrata come inviata: richiede { $amount } entro il { $date }; il PDF è archiviato.

## Delivery: email, drafts, print (issue 16)
err-mail-not-set = nessuna impostazione email: impostala con `overdue mail set --host HOST --port 465 --security tls --user LOGIN --from INDIRIZZO`, o in Impostazioni › Invio email
err-mail-no-password = manca la password SMTP: { $reason }
err-mail-empty-password = la password è vuota
err-mail-no-user = le impostazioni email non hanno un login (--user): questo server non chiede password
err-mail-client-no-email = { $client } non ha un indirizzo email: aggiungilo (overdue client edit, o la scheda del cliente) prima di inviare per email; non è stato registrato nulla
err-mail-clients-no-email = questi clienti non hanno un indirizzo email: { $clients }; aggiungili prima di inviare per email; non è stato registrato nulla
msg-mail-test-subject = Overdue: email di prova
msg-mail-test-body = Questa è un'email di prova di Overdue, inviata tramite { $host }. Se riesci a leggerla, le lettere possono partire per email.
msg-mail-statement-subject = Estratto conto
msg-mail-letter-subject = Lettera
msg-mail-interrupted = interrotto durante l'invio: potrebbe essere partito o no; controlla la cartella Posta inviata prima di riprovare
err-outbox-no-delivery = non esiste l'invio { $id }
err-outbox-not-email = l'invio { $id } è di tipo { $channel }, non un'email: si riprovano solo le email
err-outbox-already-sent = l'invio { $id } è già partito; non parte due volte
err-outbox-unknown = l'invio { $id } si è interrotto durante la spedizione e potrebbe essere partito: cerca il Message-ID { $message_id } nella Posta inviata; se non c'è, riprova con --unknown
err-outbox-sending = l'invio { $id } è in corso proprio ora
err-draft-no-letter = per { $invoice } nessuna lettera è dovuta e nessuna è stata inviata: non c'è nulla da preparare
err-draft-no-from = nessun indirizzo mittente: imposta la tua email nel profilo (overdue profile set --email) o nelle impostazioni email (overdue mail set)
msg-draft-written = bozza scritta in { $path }
msg-print-page = stampata in { $file }, pagina { $page }
msg-print-pages = stampata in { $file }, pagine { $first }–{ $last }
app-sending-emails = Invio delle email…
dialogs-send-all-email = Invia ogni lettera per email al cliente (impostazioni di Impostazioni › Invio email)
settings-email-heading = Invio email
mail-intro = Le lettere possono partire per email tramite il tuo server di posta (anche una casella PEC: il suo server SMTP, porta 465, TLS). La password resta nel portachiavi del sistema, mai in un file.
mail-host = Server SMTP
mail-port = Porta
mail-user = Login
mail-from = Indirizzo mittente
mail-reply-to = Rispondi a (facoltativo)
mail-security = Sicurezza
mail-security-tls = TLS (porta 465)
mail-security-starttls = STARTTLS (porta 587)
mail-security-none = Nessuna (solo questo computer)
mail-bcc-self = Mandami una copia nascosta di ogni lettera
mail-save = Salva le impostazioni email
mail-saved = Impostazioni email salvate.
mail-port-invalid = '{ $port }' non è una porta (da 1 a 65535)
mail-password = Password
mail-store-password = Salva nel portachiavi
mail-store-password-hint = Conserva la password nel portachiavi del sistema (mai nel registro o in un file)
mail-password-stored = La password è salvata nel portachiavi del sistema.
mail-password-session = Nessun portachiavi: la password resta in memoria fino alla chiusura di Overdue ({ $reason })
mail-password-in-keyring = Password: salvata nel portachiavi del sistema.
mail-password-in-session = Password: in memoria per questa sessione (nessun portachiavi).
mail-password-env = Password: da OVERDUE_SMTP_PASSWORD.
mail-password-not-needed = Nessun login: non serve una password.
mail-test-to = Email di prova a
mail-send-test = Invia email di prova
mail-test-sent = Email di prova inviata; il server ha risposto: { $reply }
mail-test-failed = L'email di prova non è partita: { $error }
mail-pec-hint = Microsoft 365 disattiva l'accesso SMTP con password alla fine del 2026: con un account così, all'invio scegli "Apri nel programma di posta".
mail-how = Come parte?
mail-via-email = Inviala ora per email
mail-via-draft = Apri nel programma di posta (una bozza pronta da inviare)
mail-via-print = Salva PDF / Stampa (la invii tu)
mail-to = A: { $to }
mail-subject = Oggetto: { $subject }
mail-client-no-address = L'email non è disponibile: il cliente non ha un indirizzo email.
mail-not-configured = L'email non è disponibile: configura prima Impostazioni › Invio email.
mail-sent = Inviata per email a { $client } <{ $to }>.
mail-failed = L'email a { $client } non è partita: { $reason }. La lettera è registrata; riprova da Oggi.
mail-not-sent = Email non inviate: { $error }
mail-nothing-to-retry = Niente da riprovare.
mail-outbox-heading = Email non inviate ({ $count })
mail-retry = Riprova
mail-retry-all = Riprova tutte
mail-state-failed = non partita
mail-state-unknown = interrotta: controlla la Posta inviata
mail-state-queued = in attesa
mail-print-later = Registrata. Il PDF non è stato salvato: salvalo più tardi dalle lettere della fattura.
mail-print-saved = salvata per la stampa in { $path }
mail-draft-opened = La bozza per { $to } è aperta nel programma di posta: controllala e inviala.
mail-draft-written = La bozza è scritta in { $path }; aprila nel programma di posta (non è stato possibile aprirla: { $error }).
mail-kind = Lettera
mail-kind-statement = estratto conto
mail-kind-interest = lettera sugli interessi
mail-texts-heading = Testi delle email
mail-text = Testo
mail-text-preview = Come lo legge un cliente (esempio):
mail-save-text = Salva il testo dell'email
mail-text-saved = Testo dell'email salvato: { $path }
mail-col-delivery = Com'è andata
mail-dlv-emailed = inviata per email a { $to }
mail-dlv-email-failed = email non partita
mail-dlv-email-waiting = email in attesa
mail-dlv-draft = bozza per { $to }
mail-dlv-printed = stampata
mail-dlv-to-print = da stampare
mail-batch-result = Email: { $sent } inviate, { $failed } non partite.
msg-outbox-found-sent = trovata dall'utente nella Posta inviata: è partita
msg-outbox-not-found = non è nella Posta inviata: da inviare di nuovo
err-outbox-not-unknown = l'invio { $id } non si è interrotto: solo un invio interrotto si risolve così
mail-it-went = È partita
mail-send-again = Invia di nuovo
mail-it-went-hint = L'hai trovata nella Posta inviata: segnala come inviata
mail-send-again-hint = Non è nella Posta inviata: inviala di nuovo

## Files sent with a letter (issue 16: the enclosures a letter lists)
err-attach-unreadable = impossibile leggere { $path }: { $error }
err-attach-not-a-file = non è un file (è una cartella, un dispositivo o una pipe)
err-attach-empty = { $path } è vuoto: non c'è nulla da allegare alla lettera
err-attach-too-big = { $path } pesa { $size }: un file allegato a una lettera può pesare al massimo { $max }, altrimenti i server di posta rifiutano l'email
err-attach-too-much = i file allegati a una lettera possono pesare al massimo { $max } in tutto, altrimenti i server di posta rifiutano l'email
err-mail-enclosures-missing = la lettera a { $client } indica degli allegati che questa email non conterrebbe: { $enclosures }. Allegali (--attach FILE, o «Allega file» nella finestra di invio), oppure invia la lettera senza allegati (--without-enclosures); non è stato registrato nulla
msg-run-held-enclosures = trattenuta, non registrata: la lettera indica degli allegati che l'email di un invio cumulativo non può contenere ({ $enclosures }); inviala con `overdue send { $invoice } --email --attach FILE`, oppure ripeti l'invio con --without-enclosures
mail-enclosures-listed = Allegati indicati nella lettera: { $enclosures }
mail-attach-files = Allega file…
mail-attach-drop = oppure trascinali sulla finestra
mail-dlv-files = con { $files }
mail-attach-remove = Rimuovi
mail-without-enclosures = Inviala senza allegati
mail-enclosures-needed = Allega i file che la lettera indica, oppure spunta «Inviala senza allegati».
dialogs-send-all-without-enclosures = Invia per email anche le lettere che indicano degli allegati, senza allegarli
dialogs-send-all-held-hint = Altrimenti vengono trattenute, senza essere registrate, da inviare una alla volta con i loro file.
handlers-sent-held =
    { $count ->
        [one] { $count } trattenuta: indica degli allegati; inviala dalla sua fattura, con i file
       *[other] { $count } trattenute: indicano degli allegati; inviale una alla volta dalla loro fattura, con i file
    }
