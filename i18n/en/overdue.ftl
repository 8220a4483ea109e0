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
