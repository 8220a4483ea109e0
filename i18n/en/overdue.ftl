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
