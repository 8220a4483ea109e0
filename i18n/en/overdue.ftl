# The window's strings in English (the fallback language).
# Ids are grouped by the view that shows them; `$name` is an argument.

## Languages, as the Settings › Window language list names them (each in its own language).
lang-en = English
lang-it = Italiano
lang-de = Deutsch
lang-fr = Français

## First run (first_run.rs)
first-run-welcome = Welcome to Overdue
first-run-who-are-you = Letters go out in your name. Tell Overdue who you are; you can change it later in Settings.
first-run-save-continue = Save and continue
first-run-how-start = Your profile is saved. How would you like to start?
first-run-getting-ready = Getting your ledger ready…
first-run-start-empty = Start empty
first-run-start-empty-hint = Add invoices one by one with New invoice.
first-run-try-demo = Try the demo
first-run-try-demo-hint = A separate demo ledger with { $count } made-up invoices at every stage of the ladder; your own ledger stays empty and untouched.
first-run-import = Import a CSV
first-run-data-stays = Your data stays on this machine.
csv-columns-hint = Columns: number, client, issued, due, amount (and optionally currency, paid, email…).
csv-format-hint = Comma or semicolon separated. A file with any bad row imports nothing, and the error names the row.
csv-file = CSV file
csv-path-hint = path, or leave blank to browse

## Shared by every view: use these rather than adding your own copy.
common-cancel = Cancel
common-save = Save
common-close = Close
common-back = Back
common-ok = OK
common-edit = Edit
common-delete = Delete
common-undo = Undo
common-yes = Yes
common-no = No
# Ladder stages and invoice states, as badges and lists name them (lower case mid-sentence).
stage-reminder = reminder
stage-formal-letter = formal letter
stage-seven-day-notice = second demand
stage-legal-warning = legal warning
state-handover-ready = ready to hand over
state-handed-over = handed over
state-no-letter = no letter yet
state-paid = paid
state-written-off = written off
state-open = open
state-disputed = disputed
state-paused = paused
state-promised = promised

## handlers.rs (the toasts of sending, importing, the demo, settings, the first run)
handlers-sent-stored =
    { $count ->
        [one] { $count } letter
       *[other] { $count } letters
    } sent and stored
handlers-sent-skipped = { $count } skipped (the ledger changed meanwhile)
handlers-sent-failed = { $count } failed: { $errors }
handlers-sending-failed = Sending failed: { $error }
handlers-imported =
    Imported { $invoices ->
        [one] { $invoices } invoice
       *[other] { $invoices } invoices
    } ({ $clients ->
        [one] { $clients } new client
       *[other] { $clients } new clients
    }, { $payments ->
        [one] { $payments } payment
       *[other] { $payments } payments
    }).
handlers-import-converted = The file was in { $encoding }; it was converted.
handlers-import-new-clients = New clients: { $names }.
handlers-nothing-imported = Nothing imported: { $error }
handlers-demo-failed = The demo could not be opened: { $error }
handlers-no-letters-folder = The ledger has no folder to write letters to.
handlers-invoice-added = Invoice { $number } added.
handlers-policy-saved = Ladder policy saved.
handlers-template-saved = Template saved to { $path }.
handlers-rate-saved = Rate saved: { $series } from { $date }, { $rate } %. The next claim uses it.
handlers-template-reset = The shipped template is used again.
# The file dialog's filter for the logo.
handlers-logo-filter = PNG or JPEG
handlers-profile-saved = Profile of { $name } saved.
handlers-logo-saved = Logo saved.
handlers-logo-removed = Logo removed.
handlers-ready-empty = Ready. Add your first invoice with New invoice.

## app.rs (top bar, status bar, window title, demo and read-only notices)
app-read-only-why = { $date } is in the future: the window shows that day and records nothing (Overdue records what happened)
app-demo-open = The demo ledger is open ({ $count } made-up invoices); your own ledger is untouched. Back to my ledger returns to it.
app-back-home = Back to your own ledger.
app-demo-title = Overdue — DEMO ledger (made-up data)
app-read-only = READ ONLY
app-demo = DEMO
app-back-to-my-ledger = Back to my ledger
app-today = Today
app-invoices = Invoices
app-clients = Clients
app-settings = Settings
app-new-invoice = New invoice
app-import-csv = Import CSV…
app-light-theme = Light theme
app-dark-theme = Dark theme
app-as-of = as of { $date }
app-sending-letters = Sending letters
# The progress bar of a batch: letters done of all.
app-progress = { $done } of { $total }
app-working = Working…
app-ledger-path = Ledger: { $path }
app-cannot-read = Cannot read the ledger: { $error }
app-no-invoice-open = No invoice open.
app-no-letter-to-preview = No letter to preview.

## sending.rs (sending one letter, saving and opening PDFs)
# $stage is a stage name (stage-*), lower case.
sending-recorded = { $stage } for { $number } recorded as sent; its PDF is stored (deadline { $date }).
sending-not-sent = Not sent: { $error }
sending-saved = Saved { $path }.
sending-opened = Opened { $path }.
sending-cannot-open = Cannot open { $path } with { $program }: { $error }

## backups.rs (Settings › Backups and the restore confirmation)
backups-automatic = A backup is made automatically on the first write of each day, named by the system clock, in a folder of this ledger's own; the last { $count } are kept.
backups-back-up-now = Back up now
backups-none-yet = No backups yet.
backups-size-kb = { $size } KB
backups-restore-this = Restore this
backups-restore-from-file = Restore from a file
backups-restore = Restore…
# The file dialog's filter for ledger files.
backups-ledger-filter = Overdue ledger
backups-replace-heading = Replace the ledger?
backups-replace-everything = Everything in the ledger will be replaced by { $path }.
backups-careful = Careful: { $reason }.
backups-undoable = The ledger as it is now is backed up first, so this can be undone.
backups-replace-with-other = Replace it with the other ledger
backups-replace = Replace the ledger
backups-backed-up = Backed up to { $path }.
backups-failed = No backup made: { $error }
backups-restored = Restored from { $path }. The ledger as it was is in { $copy }.
backups-nothing-restored = Nothing restored: { $error }
backups-cannot-list = Cannot list the backups: { $error }

## detail.rs (the invoice page)
detail-heading = Invoice { $invoice }
detail-amount = Amount
detail-paid = Paid
detail-balance = Balance
detail-issued = Issued
detail-due = Due
detail-terms = Terms: { $terms }
detail-terms-agreed = Terms: { $terms } (agreed on { $date })
detail-step-sent = sent { $date }
detail-step-due-now = due now, deadline { $date }
detail-step-not-sent = not sent
detail-step-ready = ready
detail-step-not-yet = not yet
detail-step-on = on { $date }
# The last box of the ladder strip (capitalised by the window).
detail-step-handover = handover
detail-next = Next: { $reason }
detail-preview-letter = Preview letter
detail-send-letter = Send letter
detail-claim-heading = Claim today
detail-interest-from = Interest runs from { $date } ({ $reason })
detail-no-interest = No interest runs: { $reason }
detail-interest-rate = at { $rate }
detail-interest-daily = { $amount } a day
detail-col-from = From
detail-col-to = To
detail-col-days = Days
detail-col-rate = Rate
detail-interest = Interest
detail-compensation = Compensation
detail-total = Total
detail-letters-heading = Letters sent
detail-letters-none = None yet.
detail-open-pdf = Open
detail-open-pdf-hint = Open the PDF as sent
detail-save-pdf-as = Save as…
detail-no-pdf = no PDF stored
detail-payment-heading = Record a payment
detail-paid-on = Paid on
detail-amount-paid = Amount paid
detail-method = Method
detail-record-payment = Record payment
detail-case-heading = Log a contact, or change what happens next
detail-note = Note
detail-until = Until
detail-log-call = Log call
detail-log-email = Log email
detail-log-meeting = Log meeting
detail-add-note = Add note
detail-resolve-dispute = Resolve dispute
detail-open-dispute = Open dispute
detail-promise = Promise to pay
detail-until-hint = Until the day above
detail-pause = Pause
detail-write-off = Write off
detail-hand-over = Hand over
detail-not-received = Interest claimed and not received: { $interest }
detail-not-received-compensation = Interest claimed and not received: { $interest }; compensation: { $compensation }
# $decision is "waived" or "kept".
detail-decided = Decided: { $decision }.
detail-waive = Waive
detail-keep-claiming = Keep claiming
detail-keep-claiming-hint = Leave it open for a letter about the interest alone
detail-corrections-heading = Corrections
detail-void-payment = Void payment { $id }
detail-void-payment-hint = Take this payment back (kept in the history with the reason)
detail-edit-invoice = Edit invoice
detail-undo-handover = Undo handover
detail-undo-writeoff = Undo write-off
detail-timeline-heading = Timeline
detail-timeline-empty = Nothing recorded yet.
detail-timeline-letter = { $text }: { $amount } by { $date }
detail-timeline-until = { $text } (until { $date })
# What each timeline entry is.
detail-kind-letter = letter
detail-kind-payment = payment
detail-kind-call = call
detail-kind-email = email
detail-kind-meeting = meeting
detail-kind-note = note
detail-kind-promise-to-pay = promise to pay
detail-kind-dispute-opened = dispute opened
detail-kind-dispute-resolved = dispute resolved
detail-kind-paused-until = paused until
detail-kind-handed-over = handed over
detail-kind-written-off = written off
detail-kind-invoice-changed = invoice changed
detail-kind-invoice-deleted = invoice deleted
detail-kind-payment-voided = payment voided
detail-kind-handover-undone = handover undone
detail-kind-writeoff-undone = writeoff undone
detail-kind-interest-waived = interest waived
detail-kind-interest-kept = interest kept

## today.rs (Today: figures, aging, the due queue, the coming week, Log call / Pause)
today-due-heading = Due today ({ $count })
today-send-all = Send all ({ $count })
today-nothing-due = Nothing is due today. Every open invoice is within its terms or waiting for a deadline.
today-soon-heading = Coming up in the next { $days } days ({ $count })
today-nothing-soon = Nothing falls due in the coming week.
today-outstanding = Outstanding
today-nothing = nothing
today-outstanding-in = Outstanding ({ $currency })
today-overdue-in = Overdue ({ $currency })
today-no-letter-yet = No letter yet
today-reminder-sent = Reminder sent
today-formal-letter-sent = Formal letter sent
today-second-demand-sent = Second demand sent
today-legal-warning-sent = Legal warning sent
today-handed-over = Handed over
today-aging-heading = Overdue by age ({ $currency })
# The aging buckets, by days overdue.
today-aging-0-30 = 0–30 days
today-aging-31-60 = 31–60 days
today-aging-61-90 = 61–90 days
today-aging-over-90 = 90+ days
# A bucket and its amount, under the chart.
today-aging-amount = { $bucket }: { $amount }
today-col-client = Client
today-col-invoice = Invoice
today-col-balance = Balance
today-col-days = Days
today-col-letter = Letter
today-col-deadline = Deadline
today-col-actions = Actions
today-col-on = On
today-col-what = What
today-preview = Preview
today-preview-hint = See the letter before it goes
today-send = Send
today-send-hint = Record it as sent and store its PDF
today-hand-over = Hand over
today-log-call = Log call
today-pause = Pause
today-pause-heading = Pause the ladder for { $number }
today-log-call-heading = Log a call on { $number }
today-until = Until
today-pause-why = Why (for the log)
today-call-what = What was said

## invoices.rs (Invoices: filters, table, new-invoice form)
invoices-filter-all = All
invoices-filter-open = Open
invoices-filter-overdue = Overdue
invoices-filter-disputed = Disputed
invoices-filter-promised = Promised
invoices-filter-paused = Paused
invoices-filter-handed-over = Handed over
invoices-filter-paid = Paid
invoices-filter-written-off = Written off
invoices-search = Search
invoices-search-hint = number or client (Ctrl+F)
invoices-count = { $shown } of { $total } invoices
invoices-number = Number
invoices-client = Client
invoices-issued = Issued
invoices-due = Due
invoices-amount = Amount
invoices-balance = Balance
invoices-status = Status
invoices-stage = Stage
invoices-new-heading = New invoice
invoices-client-name = Client name
invoices-pick = Pick
invoices-pick-client = Pick a client
invoices-currency = Currency
invoices-terms = Terms
invoices-description = Description
invoices-late-rate = Late rate %
invoices-add = Add invoice

## clients.rs (Clients: list, a client's facts and invoices, add and edit form)
clients-kind-business = Business
clients-kind-consumer = Consumer
clients-kind-public = Public body
# A client's kind in the facts list (lower case).
clients-kind-is-business = business
clients-kind-is-consumer = consumer
clients-kind-is-public = public
clients-law-default = From my country
clients-law-it = Italy (D.Lgs. 231/2002)
clients-law-de = Germany (BGB 288)
clients-law-fr = France (Code de commerce)
clients-law-eu = EU directive 2011/7
clients-law-gb = UK (Late Payment Act 1998)
clients-law-none = No statutory interest
clients-law-from-my-country = from my country
clients-heading = Clients
clients-add = Add client
clients-filter = Filter
clients-name = Name
clients-owes = Owes
clients-nothing = nothing
clients-pick-hint = Pick a client on the left.
clients-edit = Edit client
clients-new-invoice = New invoice for this client
clients-kind = Kind
clients-country = Country
clients-language = Language
clients-law = Law
clients-email = Email
clients-address = Address
clients-vat = VAT id
clients-notes = Notes
clients-invoices-heading = Invoices ({ $count })
clients-col-number = Number
clients-col-due = Due
clients-col-balance = Balance
clients-col-status = Status
clients-col-ladder = Ladder
clients-new-heading = New client
clients-country-iso = Country (ISO code)
clients-sole-trader = Sole trader (a person, not a company)
clients-contact = Contact person
clients-salutation = Salutation (e.g. Mr Smith)
clients-save = Save client

## preview.rs (the letter preview's buttons)
preview-save-pdf = Save PDF as…
preview-send = Send
preview-not-due = This letter is not the one due today: it can be previewed, not sent.
preview-logo = Logo

## rates.rs (Settings › Interest rate tables, and the stale-table warnings)
rates-choice-ecb-mro = ECB main refinancing rate (IT, FR, EU)
rates-choice-de-basiszins = German Basiszinssatz (DE)
rates-choice-boe-base = Bank of England base rate (GB)
rates-choice-it-legal = Italian legal rate, yearly (IT consumers)
rates-choice-fr-legal = French legal rate (FR consumers)
rates-series-ecb-mro = ECB main refinancing rate
rates-series-de-basiszins = German Basiszinssatz (base rate)
rates-series-boe-base = Bank of England base rate
rates-series-it-legal = Italian legal interest rate (art. 1284 c.c.)
rates-series-fr-legal = French legal interest rate (taux de l'intérêt légal)
# A rate table's name and how many rows it has.
rates-series-heading = { $table } ({ $count } rows)
rates-stale-heading = The interest in this letter rests on a stale rate table:
rates-warning = Warning: { $warning }
rates-not-loaded = Rates load with the letters.
rates-all-current = Every table covers today.
rates-add-heading = Add or correct a rate
rates-add-hint = A rate applies from 1 January or 1 July (1 January for the Italian legal rate). Yours override the shipped rows; letters already sent keep what they said.
rates-table = Table
rates-from-date = From (YYYY-MM-DD)
rates-rate-percent = Rate in percent
rates-source = Source
rates-save = Save rate
rates-col-period = Period
rates-col-from = From
rates-col-rate = Rate %
rates-col-origin = Origin
rates-col-source = Source
rates-origin-shipped = shipped
rates-origin-yours = yours

## settings.rs (Settings: profile, ladder policy, template editor, data location)
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-sending-post = Post or email
settings-sending-registered = Registered post (raccomandata A/R, LRAR)
settings-sending-pec = PEC (Italian certified email)
settings-next-small-claims = Small claims court
settings-next-payment-order = Payment order
settings-next-collection-agency = Collection agency
settings-next-lawyer = A lawyer
settings-business-name = Business name
settings-address = Address
settings-town = Town letters are dated from
settings-country = Country (ISO code)
settings-vat = VAT id
settings-iban = IBAN
settings-bic = BIC (for payers abroad)
settings-sort-code = UK sort code
settings-account-number = UK account number
settings-email = Email
settings-phone = Phone
settings-signatory = Signatory
settings-letter-language = Letter language
settings-currency = Currency
settings-paper = Paper
settings-sending = Demands are sent by
settings-next-step = Step after the legal warning
settings-profile-heading = Business profile
settings-save-profile = Save profile
settings-logo-set = A logo is set.
settings-no-logo = No logo.
settings-choose-logo = Choose logo…
settings-remove-logo = Remove logo
settings-policy-heading = Ladder policy
settings-templates-heading = Letter templates
settings-rates-heading = Interest rate tables
settings-backups-heading = Backups
settings-data-heading = Data location
settings-ledger-path = Ledger: { $path }
settings-templates-path = Your templates: { $path }
settings-rates-path = Your rate tables: { $path }
settings-letters-path = Batch letters: { $path }
settings-data-stays = Everything stays on this machine.
settings-col-stage = Stage
settings-col-earliest = Earliest (days after due)
settings-col-deadline = Deadline it gives (days)
settings-earliest-hint = earliest day
settings-consumer-deadline = Legal warning deadline for consumers (days)
settings-min-balance = Minimum balance worth chasing
settings-claim-from = Claim interest from
settings-next-step-note = The step after the legal warning is set in the profile above.
settings-save-policy = Save policy
settings-template-language = Template language
settings-template-stage = Template stage
settings-your-copy = your copy
settings-shipped-template = shipped template
settings-template-text = Template text
settings-template-ok = The template checks out.
settings-not-saved = Not saved: { $error }
settings-save-template = Save template
settings-reset-template = Back to the shipped template
settings-preview-waits = The preview appears when the template checks out.

## widgets.rs (shared widgets)
# An invoice's standing in lists (lower case), beside the state-* names.
widgets-status-overdue = overdue

## confirm.rs (confirmations, reasons, corrections' toasts)
confirm-void-title = Void payment { $id } on { $invoice }?
confirm-undo-handover-title = Undo the handover of { $invoice }?
confirm-undo-writeoff-title = Undo the write-off of { $invoice }?
# $stage is a stage-* name.
confirm-send-title = Send the { $stage }?
confirm-send-text = Record the { $stage } for { $invoice } as sent today ({ $date }). Its PDF is stored as it is now and never changes; the ladder moves on from it.
confirm-send-yes = Send the { $stage }
confirm-payment-overpaid = the invoice will be paid in full, and { $amount } goes to the interest and compensation claimed (interest first)
confirm-payment-in-full = the invoice will be paid in full
confirm-payment-remaining = { $amount } will remain to be paid
confirm-payment-title = Record this payment?
# $effect is one of confirm-payment-overpaid, -in-full, -remaining.
confirm-payment-text = Record a payment of { $amount } on { $invoice } dated { $date }: { $effect }.
confirm-handover-title = Hand { $invoice } over?
confirm-handover-text = Mark { $invoice } as handed over on { $date }: Overdue stops proposing letters for it. Undo handover on its page brings it back.
confirm-writeoff-title = Write { $invoice } off?
confirm-writeoff-text = Write { $invoice } off on { $date }: nothing more is chased. Undo write-off on its page brings it back.
confirm-reason-kept = The reason is kept in the invoice's history.
confirm-reason = Reason
confirm-reason-confirm = Confirm
confirm-payment-voided = payment { $id } voided; balance now { $balance }
confirm-handover-undone = handover undone
confirm-writeoff-undone = write-off undone

## edits.rs (toasts after a payment, a case action, a client saved)
edits-payment-recorded = Payment recorded on { $invoice }; balance now { $balance }.
# $kind is call, email, meeting or note.
edits-logged = { $kind } logged
edits-dispute-opened = dispute opened: the ladder is paused
edits-dispute-resolved = dispute resolved: the ladder resumes
edits-promise-logged = promise to pay by { $date } logged
edits-paused = ladder paused until { $date }
edits-written-off = written off
edits-handed-over = handed over
edits-client-added = Client { $client } added.
edits-client-saved = Client { $client } saved.
# The fields a case action's error names, before the action's own words.
edits-field-text = text
edits-field-until = until
edits-field-kind = kind

## forms.rs (the forms' own values and errors)
# The payment method a new payment form starts with (editable, stored as typed).
forms-method-bank-transfer = bank transfer
forms-not-whole-days = '{ $value }' is not a whole number of days

## invoice_edit.rs (Correct invoice dialog)
invoice-edit-heading = Correct invoice { $invoice }
invoice-edit-letters-sent = Letters were sent for it: they stay as they were. The next letter and the claim use the corrected facts.
invoice-edit-number = Number
invoice-edit-issued = Issued
invoice-edit-due = Due
invoice-edit-amount = Amount
invoice-edit-description = Description
invoice-edit-terms = Terms
invoice-edit-late-rate = Late rate %
invoice-edit-reason = Reason for the correction
invoice-edit-save = Save correction
# $changes lists what changed, as the ledger words it.
invoice-edit-corrected = { $invoice } corrected: { $changes }.

## dialogs.rs (known clients on import, Send all, Import)
dialogs-match-heading = Some names are known clients, written differently
dialogs-match-text = Nothing was imported. These rows name a client you already have, in other capitals, accents or punctuation:
dialogs-match-book = Book them to the known clients
dialogs-send-all-title = Send { $count ->
        [one] { $count } letter
       *[other] { $count } letters
    }?
dialogs-send-all-yes = Send { $count ->
        [one] { $count } letter
       *[other] { $count } letters
    }
dialogs-stale-rates = Letters that claim interest for these periods use the last known rate:
dialogs-stale-rates-hint = Add the rate in Settings › Interest rate tables first, if it is published.
dialogs-send-all-checked = Each letter is checked again just before it is recorded: an invoice paid or disputed meanwhile is skipped.
dialogs-send-all-stored = The PDFs are stored in the ledger, and copies written to the letters folder beside it.
dialogs-import-heading = Import invoices from a CSV
dialogs-import = Import

## Date picker (date_picker.rs)
date-pick = Pick…
date-previous-month = Previous month
date-next-month = Next month
date-mon = Mo
date-tue = Tu
date-wed = We
date-thu = Th
date-fri = Fr
date-sat = Sa
date-sun = Su

## Settings › Window language (settings.rs)
settings-window-language = Window language

## core: src/ledger (opening a ledger, backups and restores, the stored records)
err-ledger-too-new = this ledger has schema version { $found }, but this Overdue only knows up to version { $known }: it was written by a newer Overdue; upgrade Overdue to open it (the file was not changed)
err-ledger-busy = the ledger is busy in another window or process; try again in a moment
# $error is the upgrade's own (technical) error.
err-ledger-migration = could not upgrade the ledger: { $error }
err-ledger-not-a-ledger = { $path } is not an Overdue ledger (it is not a database at all): give the right file with --db, or restore a backup over it with `overdue restore FILE` (this file is kept aside, not deleted)
# $error is SQLite's own (technical) error.
err-ledger-sqlite = ledger error: { $error }
err-ledger-wal = { $path }: could not switch the ledger to WAL mode (got '{ $mode }')
# How a ledger is named when it has no business profile: $theirs or $ours of err-backups-other-ledger ("of …"; German "zu …", dative).
msg-ledger-backup-no-profile = a ledger with no profile
err-ledger-backup-exists = { $path }: the file exists already; name a new file for the backup
err-ledger-backup-integrity = the backup failed its integrity check: { $result }
err-ledger-restored-integrity = the restored ledger failed its integrity check: { $result }; the previous one is in { $path }
err-ledger-backup-no-such-file = { $path }: no such file
err-ledger-backup-cannot-open = { $path }: cannot be opened: { $error }
err-ledger-backup-not-sqlite = { $path }: is not an SQLite database ({ $error })
err-ledger-backup-damaged = { $path }: is damaged (integrity check: { $result })
err-ledger-backup-too-new = { $path }: has schema version { $found }, newer than this Overdue knows ({ $known }); upgrade Overdue first
err-ledger-backup-not-overdue = { $path }: is not an Overdue ledger
err-ledger-no-profile = no business profile yet: run 'overdue profile set' first
err-ledger-setting-not-number = setting '{ $key }' holds '{ $value }', not a number
err-ledger-setting-not-stage = setting 'claim_from' holds '{ $value }', not a stage
err-ledger-client-exists = a client named '{ $name }' already exists
err-ledger-no-client-id = no client with id { $id }
err-ledger-no-client-named = no client named '{ $name }'
err-ledger-no-client-did-you-mean = no client named '{ $name }'; did you mean '{ $suggestion }'?
err-ledger-no-payment-id = no payment with id { $id }
err-ledger-no-event = no event { $id } on that invoice
err-ledger-invoice-exists = invoice number '{ $number }' is already in the ledger
err-ledger-invoice-with-letters = an invoice with letters is never deleted
err-ledger-no-invoice-numbered = no invoice numbered '{ $number }'
err-ledger-no-invoice-id = no invoice with id { $id }
err-ledger-letter-has-pdf = letter { $id } does not exist or already has its PDF
# $stage is the stage's code.
err-ledger-stage-already-sent = { $stage ->
    [reminder] the reminder was already sent for this invoice
    [formal_letter] the formal letter was already sent for this invoice
    [seven_day_notice] the second demand was already sent for this invoice
   *[legal_warning] the legal warning was already sent for this invoice
}
err-ledger-dump-not-export = not an Overdue ledger export of version { $expected } (format '{ $format }', version { $version })
err-ledger-dump-not-empty = the ledger already holds clients or invoices; import a ledger export into a new ledger (--db NEW.db)
err-ledger-dump-invoice = invoice '{ $number }': { $error }
err-ledger-dump-payments-overflow = the payments add up to more than Overdue can count
# Amounts in minor units (cents), as the export holds them.
err-ledger-dump-payments-exceed = payments ({ $paid }) exceed the amount ({ $amount })

## core: actions/parties.rs (the profile and client forms; shown beside the field)
err-parties-required-new-profile = is required for a new profile
err-parties-logo-unreadable = cannot read { $path }: { $error }
err-parties-not-yes-no = '{ $value }' is neither yes nor no
err-parties-empty = is empty
err-parties-control-character = contains a control character (such as a tab or an escape)
err-parties-too-long = is longer than { $max } characters
err-parties-country-required = is required (no business profile to take it from)
err-parties-public-not-individual = a public body is not a natural person
err-parties-one-line = must be one line of text
err-parties-name-taken = '{ $name }' is already client { $id }

## core: actions/rates.rs, backups.rs, template_files.rs, views.rs
err-rates-set-no-folder = the ledger has no folder for a rate file
err-rates-set-not-a-rate = '{ $value }' is not a rate in percent with at most two decimals, e.g. 2.40
err-rates-set-fix-file = { $error }; fix or remove that file first
# $theirs and $ours: a business name in quotes, or msg-ledger-backup-no-profile.
err-backups-other-ledger = this backup is of { $theirs }, not { $ours }: another ledger
err-backups-pass-other-ledger = { $reason }; to replace this ledger with it anyway, pass --other-ledger
err-template-files-no-folder = the ledger has no folder
err-template-files-cannot-create = cannot create { $path }: { $error }
err-views-unknown-status = unknown status '{ $value }' (expected open, all, overdue, disputed, promised, paused, handed_over, written_off or paid)

## core: actions/corrections.rs (corrections' refusals; the ledger's correction texts stay in English)
err-corrections-reason-one-line = must be one line of text
err-corrections-reason-required = say why (--reason): corrections are kept in the invoice's history
err-corrections-reason-after-letters = { $count ->
        [one] { $count } letter was
       *[other] { $count } letters were
    } sent for { $invoice }: say why it is corrected (--reason); the letters stay as they were sent
err-corrections-nothing-to-change = nothing to change: every field is as given
err-corrections-currency-after-records = payments or letters were recorded in the old currency; void the payments first
err-corrections-amount-below-paid = { $amount } is less than the { $paid } already paid; void a payment first
err-corrections-has-letters = { $invoice } has letters: it is never deleted; correct it (invoice set) or write it off
err-corrections-not-handed-over = { $invoice } is not handed over
err-corrections-not-written-off = { $invoice } is not written off
err-corrections-nothing-claimed = { $invoice } has no interest or compensation claimed and not received (it is not paid, or nothing was claimed)
msg-corrections-interest-waived = interest { $interest } and compensation { $compensation } claimed and not received: waived
msg-corrections-interest-kept = interest { $interest } and compensation { $compensation } claimed and not received: still claimed

## core: actions/record.rs (payments, the log, disputes, promises, pauses, write-off, handover, sending)
err-record-no-profile-for-claim = more than the balance, and no profile to compute a claim
err-record-more-than-claim = { $amount } is more than the claim on { $date }: balance { $balance }, interest { $interest }, compensation { $compensation } ({ $received } already received); an overpayment is not recorded
err-record-date-after-today = { $date } is after today ({ $today })
err-record-date-before-issued = { $date } is before the invoice was issued ({ $issued })
err-record-text-empty = is empty
# $reason is the engine's reason (in English).
err-record-no-dispute-opened = no dispute can be opened: { $reason }
err-record-dispute-already-open = a dispute is already open since { $since }
err-record-no-dispute-open = no dispute is open on this invoice
err-record-promise-passed = { $date } has already passed
err-record-pause-not-after-today = { $date } is not after today ({ $today })
err-record-cannot-write-off = cannot write off: { $reason }
err-record-not-ready-handover = not ready to hand over: { $reason }
err-record-no-letter = no letter can be sent: { $reason }
# $due and $wanted are stage-* names.
err-record-stage-due-not-wanted = the stage due is the { $due }, not the { $wanted }
err-record-copy-hint = for a copy of a letter already sent: overdue letters export { $invoice } --out DIR
err-record-force-hint = --force overrides this and sends the next stage; it is logged
# $why is the engine's reason or err-record-stage-due-not-wanted; $hint is err-record-copy-hint or err-record-force-hint.
err-record-not-sent = not sent: { $why } ({ $hint })
err-record-sent-today = the { $stage } was sent today ({ $today }): no second letter goes out the same day ({ $copy })
err-record-legal-warning-sent = the legal warning was already sent; hand the invoice over
err-record-stage-cannot-follow = the { $last } was already sent; the { $stage } cannot follow it ({ $copy })

## core: actions/letters.rs (letters: the sender, previews, exports)
err-letters-no-profile = no business profile yet: letters need a sender (overdue profile set --name .. --country ..)
# $missing is msg-letters-sender-lacks.
err-letters-sender-missing = no letter is sent without the sender's details: the profile lacks its { $missing }; set them with overdue profile set (or Settings › Business profile)
msg-letters-sender-lacks = { $what ->
        [address] postal address (--address)
        [city] town letters are dated from (--city)
       *[both] postal address (--address) and its town letters are dated from (--city)
    }
# $detail and $reason are the correction as the ledger keeps it.
msg-letters-corrected-since = the invoice was corrected since the last letter (of { $last }) on { $date }: { $detail } (reason: { $reason })
err-letters-interest-unstated = the { $stage } cannot state the interest it claims: { $error }
err-letters-all-sent = every letter of the ladder was sent; pass --stage to preview one again
err-letters-cannot-create = cannot create { $path }: { $error }
err-letters-cannot-write = cannot write { $path }: { $error }

## core: actions/run.rs (the whole due queue at once)
err-run-cannot-create = cannot create { $path }: { $error }
err-run-no-profile = no business profile yet: letters need a sender (overdue profile set)
# $recorded is msg-run-none-recorded or msg-run-recorded-before.
err-run-stopped = { $what }; the run stopped there. { $recorded }
err-run-cannot-write = cannot write { $path }: { $error }
err-run-pdf-not-written = { $invoice }'s { $stage } was recorded, but its PDF could not be written to { $path }: { $error }; export it with overdue letters export { $invoice } --out DIR
msg-run-ledger-changed = the ledger changed since the run started: { $reason }
err-run-cannot-name = cannot name { $from } as { $to }: { $error }
msg-run-none-recorded = No letter was recorded.
msg-run-recorded-item = { $invoice } ({ $stage }) in { $path }
# $list is msg-run-recorded-item, up to 20 of them; $more is how many more.
msg-run-recorded-before = { $count ->
        [one] { $count } letter was
       *[other] { $count } letters were
    } recorded before it: { $list }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }.

## core: actions/policy.rs (the ladder policy)
err-policy-stage-required = is required with --earliest or --deadline

## core: src/ledger/backup.rs (more)
# A ledger named by its business, in err-backups-other-ledger.
msg-ledger-backup-business = '{ $name }'

## core: src/domain/money.rs (amounts and currencies)
err-money-unknown-currency = unknown currency '{ $value }' (expected an ISO 4217 code such as EUR, GBP, USD)
err-money-not-a-number = '{ $value }' is not an amount
err-money-too-many-decimals = '{ $value }' has { $decimals } decimals; { $currency } allows at most { $max }
err-money-ambiguous = '{ $value }' is ambiguous: write it with its decimals (e.g. 1234.00 or 1.234,00)
err-money-overflow = '{ $value }' is too large
err-money-not-positive = '{ $value }' must be greater than zero
# $other is a currency code, msg-money-dollars or msg-money-yen-or-yuan.
err-money-other-currency = '{ $value }' is in { $other }, but the amount is in { $currency }: give it in { $currency }, or set the currency
msg-money-dollars = dollars
msg-money-yen-or-yuan = yen or yuan

## core: src/domain/dates.rs (dates as typed)
err-dates-unknown-format = unknown date format '{ $value }' (expected dd/mm/yyyy or mm/dd/yyyy)
err-dates-shape = '{ $value }' is not a date (expected YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY)
err-dates-no-such-day = '{ $value }' is not a real day
err-dates-ambiguous = '{ $value }' could be day-first or month-first: give --date-format dd/mm/yyyy or mm/dd/yyyy

## core: src/domain/party.rs (codes: country, kind, language…; email addresses)
# $field is one of the msg-party-field-* names; $expected a msg-party-expected-* text or a msg-party-one-of list.
err-party-unknown-code = unknown { $field } '{ $value }' (expected { $expected })
msg-party-field-country = country
msg-party-field-kind = kind
msg-party-field-language = language
msg-party-field-paper = paper
msg-party-field-next-step = next step
msg-party-field-sending = sending
msg-party-field-stage = stage
msg-party-field-status = status
msg-party-field-event-kind = event kind
msg-party-field-log-kind = log kind
msg-party-field-correction = correction
msg-party-field-law = law
msg-party-field-rate-table = rate table
msg-party-expected-country = an ISO 3166 alpha-2 code such as IT, DE, FR, GB
msg-party-expected-log-kind = call, email, meeting or note (promises, disputes, pauses, handovers and write-offs have their own commands)
# A list of codes as typed: $codes is "a, b, c", $last the last one.
msg-party-one-of = { $codes } or { $last }
err-party-not-an-email = '{ $value }' is not an email address (name@example.com)

## core: src/domain/vat.rs (VAT numbers)
err-vat-empty = is empty
err-vat-too-long = '{ $value }' is not a VAT number (too long)
# $shape is one of the msg-vat-shape-* descriptions.
err-vat-wrong-shape = '{ $value }' is not the shape of a VAT number of { $prefix }: { $shape }
msg-vat-shape-at = ATU + 8 digits
msg-vat-shape-be = BE + 10 digits
msg-vat-shape-bg = BG + 9 or 10 digits
msg-vat-shape-cy = CY + 8 digits and a letter
msg-vat-shape-cz = CZ + 8 to 10 digits
msg-vat-shape-de = DE + 9 digits
msg-vat-shape-dk = DK + 8 digits
msg-vat-shape-ee = EE + 9 digits
msg-vat-shape-el = EL + 9 digits
msg-vat-shape-es = ES + 9 characters (a letter or digit, 7 digits, a letter or digit)
msg-vat-shape-fi = FI + 8 digits
msg-vat-shape-fr = FR + 2 characters and 9 digits (the SIREN)
msg-vat-shape-hr = HR + 11 digits
msg-vat-shape-hu = HU + 8 digits
msg-vat-shape-ie = IE + 7 digits and 1 or 2 letters
msg-vat-shape-it = IT + 11 digits (or a 16-character codice fiscale)
msg-vat-shape-lt = LT + 9 or 12 digits
msg-vat-shape-lu = LU + 8 digits
msg-vat-shape-lv = LV + 11 digits
msg-vat-shape-mt = MT + 8 digits
msg-vat-shape-nl = NL + 9 digits, B and 2 digits
msg-vat-shape-pl = PL + 10 digits
msg-vat-shape-pt = PT + 9 digits
msg-vat-shape-ro = RO + 2 to 10 digits
msg-vat-shape-se = SE + 10 digits and 01
msg-vat-shape-si = SI + 8 digits
msg-vat-shape-sk = SK + 10 digits
msg-vat-shape-gb = GB + 9 or 12 digits
msg-vat-shape-xi = XI + 9 or 12 digits
msg-vat-shape-che = CHE-123.456.789
msg-vat-shape-no = NO + 9 digits (MVA)

## core: src/domain/bank.rs (IBAN, BIC, UK sort code and account number)
err-bank-iban-length = '{ $value }' is not an IBAN: it has { $count } characters (an IBAN has 15 to 34)
err-bank-iban-start = '{ $value }' is not an IBAN: it must start with a country code and two check digits
err-bank-iban-characters = '{ $value }' is not an IBAN: only letters and digits are allowed
err-bank-iban-check-digits = '{ $value }' is not a valid IBAN: its check digits do not match (a typing error?)
err-bank-bic = '{ $value }' is not a BIC: it has 8 or 11 letters and digits, e.g. BPMOIT22XXX
err-bank-sort-code = '{ $value }' is not a sort code: it has six digits, e.g. 12-34-56
err-bank-account-number = '{ $value }' is not a UK account number: it has eight digits

## core: src/domain/rates.rs (rate tables: files, gaps, rates the user adds)
msg-rate-table-label-ecb-mro = ECB main refinancing rate
msg-rate-table-label-de-basiszins = German Basiszinssatz (base rate)
msg-rate-table-label-boe-base = Bank of England base rate
msg-rate-table-label-it-legal = Italian legal interest rate (art. 1284 c.c.)
msg-rate-table-label-fr-legal = French legal interest rate (taux de l'intérêt légal)
# The days a row of a table may start on.
msg-rate-table-starts-yearly = 1 January
msg-rate-table-starts-half-yearly = 1 January or 1 July
err-rate-table-file-line = { $file }, line { $line }: { $reason }
# $label is a msg-rate-table-label-*; $series the table's code; $period the first day of the period asked about.
err-rate-table-gap = no { $label } is known for { $day }: the { $series } table starts on { $first }. Add the rate in force then with `overdue rates set { $series } { $period } RATE --source TEXT` (or Settings › Rates in the window)
err-rate-table-gap-empty = no { $label } is known for { $day }: the { $series } table is empty. Add the rate in force then with `overdue rates set { $series } { $period } RATE --source TEXT` (or Settings › Rates in the window)
# $boundary is msg-rate-table-starts-yearly or -half-yearly.
err-rate-table-not-period-start = { $from } does not start a period of the { $series } table (use { $boundary })
err-rate-table-out-of-range = { $rate } % is outside -5 to 30 %; give the rate in percent, e.g. 2.40
err-rate-table-no-source = say where the rate comes from (the official notice), e.g. "ECB press release of 5 June 2026"
err-rate-table-source-one-line = must be one line of text
err-rate-table-file-not-a-date = '{ $value }' is not a date (YYYY-MM-DD)
err-rate-table-file-no-rate = the rate_percent column is missing
err-rate-table-file-not-a-rate = '{ $value }' is not a rate in percent
err-rate-table-file-twice = { $from } is listed twice

## core: src/domain/interest.rs and interest_start.rs (a claim explained: law, rate, start, compensation)
msg-interest-law-it = Italian law (D.Lgs. 231/2002)
msg-interest-law-de = German law (BGB §§ 286, 288)
msg-interest-law-fr = French law (Code de commerce, art. L441-10)
msg-interest-law-eu = Directive 2011/7/EU
msg-interest-law-gb = the Late Payment of Commercial Debts (Interest) Act 1998
msg-interest-law-none = no statutory late-payment law
msg-interest-claims-nothing = this letter claims no interest or compensation
msg-interest-no-compensation-consumer = no fixed compensation is due from a consumer
msg-interest-no-compensation-law = no statutory fixed compensation applies to this client
msg-interest-not-overdue-yet = the invoice is not overdue yet
msg-interest-not-in-default-yet = the debtor is not in default yet
# $law is a msg-interest-law-*; $named the currency the law names the sum in, $currency the invoice's.
msg-interest-compensation-other-currency = the fixed compensation of { $law } is not claimed: the law names it in { $named }, and the invoice is in { $currency }
# Tables as a formula names them.
msg-interest-table-ecb-mro = ECB main refinancing rate
msg-interest-table-de-basiszins = German Basiszinssatz
msg-interest-table-boe-base = Bank of England base rate
msg-interest-table-it-legal = Italian legal interest rate
msg-interest-table-fr-legal = French legal interest rate
# A half-year of a rate table: $half is 1 or 2.
msg-interest-half-year = H{ $half } { $year }
# The rate as a formula. $rate and $points are numbers as written ("2.15", "8"); $reference is " (2.15 %)" or empty.
msg-interest-formula-contractual = the agreed rate of { $rate } % a year
msg-interest-formula-legal-rate = the { $table } ({ $rate } % in { $period })
msg-interest-formula-legal = the { $table }
msg-interest-formula-fixed = { $points } points over the { $table } of { $period }{ $reference }, fixed for the life of the debt
msg-interest-formula-moving = { $points } points over the { $table }{ $reference }
# Why interest starts when it does. $stage is the letter's stage code.
msg-interest-start-after-due = the day after the due date
msg-interest-start-agreed-terms = agreed terms: the due date was agreed in the contract of { $date }
msg-interest-start-letter-deadline =
    the day after the deadline ({ $deadline }) of the { $stage ->
        [reminder] reminder
        [formal_letter] formal letter
        [seven_day_notice] second demand
       *[legal_warning] legal warning
    } of { $sent }
msg-interest-start-thirty-days = 30 days after the due date (§ 286(3) BGB)
msg-interest-start-formal-letter = the day after the formal letter (mise en demeure) of { $sent }
msg-interest-start-not-yet = not in default yet: no due date agreed in the contract and no demand whose deadline has passed
msg-interest-start-never = no interest runs for this debtor under this law
# The legal basis of a claim.
msg-interest-basis-contract = the late-payment rate agreed in the contract, { $rate } % a year, simple interest
msg-interest-basis-none-no-law = no statutory late-payment interest applies to this client, and no rate was agreed
msg-interest-basis-none-gb-consumer = no interest is added to a consumer's debt before judgment under the law of England and Wales, and no rate was agreed
msg-interest-basis-none-consumer = no business-to-business late-payment interest is due from a consumer under { $law }, and no rate was agreed
msg-interest-basis-de-consumer = German Civil Code (BGB) §§ 286, 288(1): the base rate (Basiszinssatz) + 5 points, from default
msg-interest-basis-de = German Civil Code (BGB) §§ 286, 288(2): the base rate (Basiszinssatz) + 9 points, from default
msg-interest-basis-it-consumer = Italian Civil Code, art. 1284: the legal interest rate, from the day after the due date (arts. 1219 and 1282)
msg-interest-basis-it = Italian Legislative Decree 231/2002, arts. 4 and 5: the ECB reference rate + 8 points
msg-interest-basis-fr-consumer = French Civil Code, arts. 1231-6 and 1344-1: the legal interest rate, from the formal notice (mise en demeure)
msg-interest-basis-fr-public = French Public Procurement Code (Code de la commande publique), arts. L2192-13 and R2192-31: intérêts moratoires at the ECB rate + 8 points, fixed at the rate of the half-year in which interest began
msg-interest-basis-fr = French Commercial Code, art. L441-10: the ECB refinancing rate + 10 points
msg-interest-basis-eu = Directive 2011/7/EU, art. 2: the ECB main refinancing rate + 8 points
msg-interest-basis-gb = Late Payment of Commercial Debts (Interest) Act 1998: the Bank of England base rate + 8 points, fixed for the life of the debt
msg-interest-fee-gb = the fixed sum of section 5A
msg-interest-fee-de = the flat fee of EUR 40 under § 288(5) BGB
msg-interest-fee-it = EUR 40 under art. 6
msg-interest-fee-fr-public = EUR 40 under arts. L2192-13 and D2192-35
msg-interest-fee-fr = EUR 40 under art. D441-5
msg-interest-fee-eu = EUR 40 under art. 6 of the Directive
# The basis with the fixed compensation after it ($fee is a msg-interest-fee-*).
msg-interest-basis-with-fee = { $rate }; { $fee }

## core: src/domain/invoice.rs (a new invoice's fields)
err-invoice-number-empty = is empty
err-invoice-number-control = contains a control character (such as a tab or an escape)
err-invoice-number-too-long = is longer than 64 characters
err-invoice-due-before-issued = { $due } is before the issue date { $issued }
err-invoice-amount-not-positive = must be greater than zero
err-invoice-late-rate-range = must be between 0 and 100 percent
err-invoice-not-a-rate = '{ $value }' is not a percentage such as 9.5
err-invoice-rate-above-100 = { $value } is above 100 percent

## core: src/import (CSV import: the file, its rows and cells)
# $column is the file's column key (number, client, issued…), kept as it is.
err-import-row = row { $row }, column { $column }, value '{ $value }': { $reason }
err-import-file = { $file }: { $reason }; nothing was imported
err-import-ambiguous-dates = row { $row }, column { $column }: '{ $value }' could be day-first or month-first, and no date in the file tells which; give --date-format dd/mm/yyyy or mm/dd/yyyy; nothing was imported
# Followed by the bad rows, one a line.
err-import-rows =
    { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    }; nothing was imported:
err-import-near-duplicate = is '{ $name }' written differently; pass --match-clients to book it to '{ $name }', or write the name as it is
err-csv-bad-utf8 = starts as UTF-8 but is not UTF-8 text; save it as "CSV UTF-8" and import again
err-csv-bad-utf16 = is not valid UTF-16 text; save it as "CSV UTF-8" and import again
err-csv-not-text = is not text (it holds control bytes); save it as "CSV UTF-8" and import again
err-csv-already-in-ledger = is already in the ledger (use --skip-existing to skip such rows)
err-csv-file-empty = is empty
# $error is the CSV reader's own (technical) error.
err-csv-header = cannot read the header: { $error }
err-csv-row-unreadable = row { $row }: { $error }
err-csv-no-rows = has a header but no rows
err-csv-duplicate-number = duplicates the invoice number of row { $row }
# $first and $second are column positions, with their headers; $column the column key they both give.
err-csv-same-column = columns { $first } ('{ $first_header }') and { $second } ('{ $second_header }') both give the { $column }
# $missing and $accepted name the columns by their keys; $accepted lists the headers each key is known by.
err-csv-missing-columns = has no column for: { $missing } (found: { $found }). Accepted headers, in any case and with or without accents: { $accepted }
# $order and $other are dd/mm/yyyy or mm/dd/yyyy.
err-csv-mixed-date-orders = is { $order }, but row { $row } ('{ $example }') is { $other }: the file mixes date orders
err-csv-field-count = has { $count } fields; the header has { $width }
err-csv-nul-byte = contains a NUL byte
err-csv-too-long = is longer than 2000 characters
err-csv-formula = looks like a spreadsheet formula, not a value
err-csv-cell-empty = is empty
err-csv-negative = is negative
err-csv-due-before-issued = is before the issue date { $issued }
err-csv-paid-too-much = is more than the amount

## Clients › Statement (clients.rs)
clients-statement = Statement
clients-statement-hint = The statement of account: every open invoice with its aging, in the client's language. Nothing is recorded.

## core: ladder.rs (the engine's reasons, as the window shows them; English is also written in the code)
msg-ladder-paid-on = paid on { $date }
msg-ladder-paid = paid
msg-ladder-below-minimum = balance { $balance } is at or below the minimum of { $minimum }
msg-ladder-disputed = disputed since { $date }
msg-ladder-promised = promise to pay until { $date }
msg-ladder-paused = paused until { $date }
msg-ladder-handed-over = handed over on { $date }
msg-ladder-written-off = written off on { $date }
msg-ladder-not-overdue = not overdue yet (due { $date })
msg-ladder-waiting = waiting for the deadline of the { $stage ->
    [reminder] reminder
    [formal_letter] formal letter
    [seven_day_notice] second demand
   *[legal_warning] legal warning
} ({ $date })
msg-ladder-not-before = the { $stage ->
    [reminder] reminder
    [formal_letter] formal letter
    [seven_day_notice] second demand
   *[legal_warning] legal warning
} is not due before { $date }
msg-ladder-send = send the { $stage ->
    [reminder] reminder
    [formal_letter] formal letter
    [seven_day_notice] second demand
   *[legal_warning] legal warning
} (deadline { $date })
msg-ladder-handover-ready = ready to hand over: the legal warning's deadline ({ $date }) has passed

## core: rates.rs (the stale-table warning)
msg-rate-table-stale-prefix = rate table may be stale
msg-rate-table-stale = { $prefix }: the { $table } table has no entry for { $period }; the rate of { $used } ({ $rate } %) was used

## core: run.rs (a render thread that panicked)
err-run-render-panicked = { $invoice } ({ $stage }): the letter could not be rendered (the render thread stopped: { $error }); nothing was recorded for it

## core: backups.rs (JSON export and import)
err-backups-json-read = cannot read { $path }: { $error }
err-backups-json-invalid = { $path } is not a valid ledger export ({ $error })

## Settings › Backups: JSON (backups.rs)
backups-json-hint = To move your ledger to another machine: export it as JSON there, import it into a new ledger here.
backups-json-file = JSON file
backups-export-json = Export as JSON…
backups-import-json = Import a JSON export…
backups-exported-json = Exported { $clients ->
    [one] 1 client
   *[other] { $clients } clients
} and { $invoices ->
    [one] 1 invoice
   *[other] { $invoices } invoices
} to { $path }.
backups-imported-json = Imported { $clients ->
    [one] 1 client
   *[other] { $clients } clients
} and { $invoices ->
    [one] 1 invoice
   *[other] { $invoices } invoices
}.

## Letters to a client (send, letters due)
err-send-client-nothing-due = no letter is due today for { $client }
err-send-no-invoice = a letter covers at least one invoice
msg-run-left-out = { $invoice } left out of the letter: { $reason }
today-col-invoices = Invoices covered
today-more-invoices = +{ $count } more
confirm-send-many-text = Record the { $stage } to { $client } as sent today ({ $date }). It covers { $count } invoices: { $invoices }. Its PDF is stored as it is now and never changes; the ladder moves on from it for each of them.
sending-recorded-many = { $stage } to { $client } for { $count } invoices ({ $numbers }) recorded as sent; its PDF is stored (deadline { $date }).
err-letters-no-stored-pdf = letter { $id } has no stored PDF
preview-send-statement = Record as sent
preview-send-statement-hint = Store this statement with its PDF in the client's history; no invoice moves up the ladder
confirm-statement-title = Record the statement of account as sent?
confirm-statement-text = Record this statement of account to { $client } as sent today ({ $date }). Its PDF is stored as it is now and never changes. No invoice moves up the ladder.
sending-statement-recorded = Statement of account to { $client } recorded as sent on { $date }; its PDF is stored.
clients-letters-heading = Letters sent ({ $count })
clients-no-letters = No letter has been sent to this client yet.
clients-col-sent = Sent
clients-col-letter = Letter
clients-col-covers = Invoices
clients-col-asked = Asked for
clients-save-letter = Save PDF…
err-interest-letter-nothing-owed = { $invoice }: no interest or compensation claimed by a letter is still owed on a paid invoice
err-interest-letter-not-kept = { $invoice }: decide first: keep claiming the interest (interest keep) before a letter about it alone, or waive it
err-interest-letter-already-sent = { $invoice }: the letter about the interest alone was already sent on { $date }
detail-interest-letter = Letter about the interest…
detail-interest-letter-hint = Preview the one last letter that asks for the interest and compensation alone
confirm-interest-letter-title = Record the letter about the interest as sent?
confirm-interest-letter-text = Record the letter about the interest and compensation still owed on { $invoice } as sent today ({ $date }). Its PDF is stored as it is now and never changes. It is sent once.
sending-interest-recorded = Letter about the interest on { $invoice } recorded as sent: it asks for { $amount } by { $date }; its PDF is stored.

## Delivery: email, drafts, print (issue 16)
err-mail-not-set = no email settings: set them with `overdue mail set --host HOST --port 465 --security tls --user LOGIN --from ADDRESS`, or in Settings › Email sending
err-mail-no-password = the SMTP password is missing: { $reason }
err-mail-empty-password = the password is empty
err-mail-no-user = the email settings have no login (--user): this server needs no password
err-mail-client-no-email = { $client } has no email address: add one (overdue client edit, or the client's page) before sending by email; nothing was recorded
err-mail-clients-no-email = these clients have no email address: { $clients }; add them before sending by email; nothing was recorded
msg-mail-test-subject = Overdue: test email
msg-mail-test-body = This is a test email from Overdue, sent through { $host }. If you can read it, letters can be sent by email.
msg-mail-statement-subject = Statement of account
msg-mail-letter-subject = Letter
msg-mail-interrupted = interrupted while sending: it may or may not have gone out; check your Sent folder before you retry
err-outbox-no-delivery = there is no delivery { $id }
err-outbox-not-email = delivery { $id } is a { $channel }, not an email: only emails are retried
err-outbox-already-sent = delivery { $id } was sent already; it is not sent twice
err-outbox-unknown = delivery { $id } was interrupted while sending and may have gone out: look for Message-ID { $message_id } in your Sent folder; if it is not there, retry it with --unknown
err-outbox-sending = delivery { $id } is being sent right now
err-draft-no-letter = no letter is due for { $invoice } and none was sent: there is nothing to draft
err-draft-no-from = no sender address: set your email in the profile (overdue profile set --email) or the email settings (overdue mail set)
msg-draft-written = draft written to { $path }
msg-print-page = printed in { $file }, page { $page }
msg-print-pages = printed in { $file }, pages { $first }–{ $last }
app-sending-emails = Sending emails…
dialogs-send-all-email = Email each letter to its client (the email settings of Settings › Email sending)
settings-email-heading = Email sending
mail-intro = Letters can go by email through your mail server (a PEC mailbox too: its SMTP host, port 465, TLS). The password is kept in your system's keyring, never in a file.
mail-host = SMTP server
mail-port = Port
mail-user = Login
mail-from = From address
mail-reply-to = Reply-To (optional)
mail-security = Security
mail-security-tls = TLS (port 465)
mail-security-starttls = STARTTLS (port 587)
mail-security-none = None (this computer only)
mail-bcc-self = Send me a blind copy of every letter
mail-save = Save email settings
mail-saved = Email settings saved.
mail-port-invalid = '{ $port }' is not a port (1 to 65535)
mail-password = Password
mail-store-password = Store in keyring
mail-store-password-hint = Keeps the password in your system's keyring (never in the ledger or a file)
mail-password-stored = The password is stored in your system's keyring.
mail-password-session = No keyring: the password is kept in memory until you close Overdue ({ $reason })
mail-password-in-keyring = Password: stored in your system's keyring.
mail-password-in-session = Password: kept in memory for this session (no keyring).
mail-password-env = Password: from OVERDUE_SMTP_PASSWORD.
mail-password-not-needed = No login: no password is needed.
mail-test-to = Test email to
mail-send-test = Send test email
mail-test-sent = Test email sent; the server said: { $reply }
mail-test-failed = The test email was not sent: { $error }
mail-pec-hint = Microsoft 365 turns off password login for SMTP at the end of 2026: with such an account, choose "Open in mail app" when you send.
mail-how = How does it go?
mail-via-email = Email it now
mail-via-draft = Open in mail app (a draft, ready to send)
mail-via-print = Save PDF / Print (you send it yourself)
mail-to = To: { $to }
mail-subject = Subject: { $subject }
mail-client-no-address = Email is not offered: the client has no email address.
mail-not-configured = Email is not offered: set up Settings › Email sending first.
mail-sent = Emailed to { $client } <{ $to }>.
mail-failed = The email to { $client } was not sent: { $reason }. The letter is recorded; retry it on Today.
mail-not-sent = Emails not sent: { $error }
mail-nothing-to-retry = Nothing to retry.
mail-outbox-heading = Emails not sent ({ $count })
mail-retry = Retry
mail-retry-all = Retry all
mail-state-failed = failed
mail-state-unknown = interrupted: check your Sent folder
mail-state-queued = waiting
mail-print-later = Recorded. The PDF was not saved: save it later from the invoice's letters.
mail-print-saved = saved to print as { $path }
mail-draft-opened = The draft to { $to } is open in your mail app: check it and send it.
mail-draft-written = The draft is written to { $path }; open it in your mail app (it could not be opened: { $error }).
mail-kind = Letter
mail-kind-statement = statement of account
mail-kind-interest = letter about the interest
mail-texts-heading = Email texts
mail-text = Text
mail-text-preview = As a client reads it (sample):
mail-save-text = Save email text
mail-text-saved = Email text saved: { $path }
mail-col-delivery = How it went
mail-dlv-emailed = emailed to { $to }
mail-dlv-email-failed = email failed
mail-dlv-email-waiting = email waiting
mail-dlv-draft = draft for { $to }
mail-dlv-printed = printed
mail-dlv-to-print = to print
mail-batch-result = Emails: { $sent } sent, { $failed } failed.
msg-outbox-found-sent = found in the Sent folder by the user: it went out
msg-outbox-not-found = not in the Sent folder: to be sent again
err-outbox-not-unknown = delivery { $id } was not interrupted: only an interrupted one is settled this way
mail-it-went = It went
mail-send-again = Send again
mail-it-went-hint = You found it in your Sent folder: mark it sent
mail-send-again-hint = It is not in your Sent folder: send it again

## Files sent with a letter (issue 16: the enclosures a letter lists)
err-attach-unreadable = { $path } cannot be read: { $error }
err-attach-not-a-file = not a file (a folder, a device or a pipe)
err-attach-empty = { $path } is empty: nothing to send with the letter
err-attach-too-big = { $path } weighs { $size }: a file sent with a letter may weigh { $max } at most, or mail servers refuse the email
err-attach-too-much = the files sent with one letter may weigh { $max } together at most, or mail servers refuse the email
err-mail-enclosures-missing = the letter to { $client } lists enclosures that this email would not carry: { $enclosures }. Attach them (--attach FILE, or Attach files in the Send dialog), or send the letter without them (--without-enclosures); nothing was recorded
msg-run-held-enclosures = held back, not recorded: the letter lists enclosures that a run's email cannot carry ({ $enclosures }); send it with `overdue send { $invoice } --email --attach FILE`, or run again with --without-enclosures
mail-enclosures-listed = The letter lists as enclosed: { $enclosures }
mail-attach-files = Attach files…
mail-attach-drop = or drop them on the window
mail-dlv-files = with { $files }
mail-attach-remove = Remove
mail-without-enclosures = Send it without them
mail-enclosures-needed = Attach the files the letter lists, or tick "Send it without them".
dialogs-send-all-without-enclosures = Also email the letters that list enclosures, without them
dialogs-send-all-held-hint = Otherwise they are held back, unrecorded, to send one by one with their files.
handlers-sent-held =
    { $count ->
        [one] { $count } held back: it lists enclosures; send it from its invoice, with its files
       *[other] { $count } held back: they list enclosures; send each from its invoice, with its files
    }
