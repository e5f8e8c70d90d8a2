/** Usage texts of the `sspr-planner` command, one per subcommand (design.md's CLI contract). */
export const USAGE = `Usage: sspr-planner <command> [options]

Commands:
  new <plan> [--demo] [--org NAME]      create a plan file (--demo: the Contoso demo plan)
  validate <plan> [--json]              list findings; exit 1 when there are errors
  get <plan> [KEY] [--json]             print the plan or one value
  set <plan> KEY=VALUE ...              change values and save them
  export-json <plan> --out FILE.json    write the whole plan as JSON
  import-json <FILE.json> <plan>        create or replace a plan from a JSON export
  import-tenant <plan> --users FILE [--group-members NAME=FILE ...] [--licenses FILE]
                [--roles FILE] [--registration FILE] [--json]
                                        replace the plan's users and groups with Entra exports
  licenses <plan> [--json] [--out FILE.csv]
                                        license coverage of every user the plan enables
  simulate <plan> [--scenario FILE ...] [--json]
                                        run scenario files (or the plan's business cases)
                                        through the SSPR simulator; exit 1 when an
                                        expectation is not met
  forecast <plan> [--json]              adoption forecast by day and wave, and the savings
  export-emails <plan> --out DIR [--format eml,html,docx,txt]
                                        write every campaign email as draft, web page,
                                        Word document and plain text
  export-landing <plan> --out DIR       write the password landing page (index.html,
                                        style.css, logo)
  export-plan <plan> --out FILE.docx    write the deployment plan as a Word document
  export-cheatsheet <plan> --out FILE.docx
                                        write the help desk's cheat sheet (one or two pages)
  export-csv <plan> --out DIR           write every table of the plan as a CSV file
  serve [<plan>] [--port N]             browser mode on 127.0.0.1 (no plan: the demo plan)

Run "sspr-planner <command> --help" for details. Exit codes: 0 ok, 1 findings with errors or unmet expectations, 2 usage or file errors.`;

export const COMMAND_HELP: Record<string, string> = {
  new: `Usage: sspr-planner new <plan> [--demo] [--org NAME]

Creates a new plan file (refuses to overwrite one). A new plan starts with the deployment
plan's recommended settings. --demo fills it with the Contoso demo plan and demo tenant.
--org NAME sets the organization's name, also over the demo's.

Example: sspr-planner new rollout.ssprplan --org "Fabrikam"`,
  validate: `Usage: sspr-planner validate <plan> [--json]

Checks the plan against every rule and lists the findings, errors first, with today's readiness
verdict (GO only with no errors, every stakeholder signed off and every test case of the current
phase passed). --json prints { plan, counts: { error, warning, info }, readiness: { verdict, phase,
blockers: [...] }, findings: [...] } on stdout.
Exit code 0 when there are no errors, 1 when there are, 2 when the file cannot be opened.

Example: sspr-planner validate rollout.ssprplan --json`,
  get: `Usage: sspr-planner get <plan> [KEY] [--json]

Prints the whole plan (as JSON) or one value. KEY is a policy field name (methodsToReset,
scope, group, ...) or a dotted path of the plan (overview.organization, rollout.phases.0.name).
Text values print as they are unless --json is given.

Example: sspr-planner get rollout.ssprplan methodsToReset`,
  set: `Usage: sspr-planner set <plan> KEY=VALUE ...

Changes one or more values in one save. VALUE is read as JSON when it parses (2, true,
["email","mobilePhone"]) and as text otherwise. Nothing is saved if any value is refused.

Example: sspr-planner set rollout.ssprplan scope=selected group=SSPR-Pilot methodsToReset=2`,
  'export-json': `Usage: sspr-planner export-json <plan> --out FILE.json

Writes the whole plan and its tenant snapshot as one JSON document.

Example: sspr-planner export-json rollout.ssprplan --out rollout.json`,
  'import-json': `Usage: sspr-planner import-json <FILE.json> <plan>

Reads a JSON export, checks it against the plan schema, and creates <plan> from it, or
replaces the contents of <plan> if it exists. A refused file changes nothing.

Example: sspr-planner import-json rollout.json restored.ssprplan`,
  'import-tenant': `Usage: sspr-planner import-tenant <plan> --users FILE [--group-members NAME=FILE ...]
                 [--licenses FILE] [--roles FILE] [--registration FILE] [--json]

Replaces the plan's tenant snapshot with Entra ID exports (CSV, UTF-8 or UTF-16, with or
without PowerShell's #TYPE line; headers matched by name and known aliases, extra columns
ignored). All files are read before anything is written: a refused file changes nothing.
  --users          admin-center "Download users", Graph or Export-Csv output (required); a
                   license column (assignedLicenses, Licenses, skuPartNumber) and a roles
                   column are read when present
  --group-members  one group's "Download members" file; NAME is the group's name (repeat
                   for each group; members of type Group nest that group)
  --licenses       userPrincipalName (or groupName for group-based licensing), skuPartNumber
  --roles          userPrincipalName, role (Domain Admins / Enterprise Admins mark on-premises admins)
  --registration   Graph userRegistrationDetails or the portal's registration details report
Prints what was read and what changed since the last snapshot; a progress bar shows on a
terminal. --json prints the import summary as JSON.

Example: sspr-planner import-tenant rollout.ssprplan --users users.csv \
           --group-members SSPR-Pilot=pilot.csv --registration registration.csv`,
  licenses: `Usage: sspr-planner licenses <plan> [--json] [--out FILE.csv]

Checks every user the plan enables (the policy's scope, the rollout phases and every admin)
against the SKU table: a cloud-only user needs a SKU with self-service reset, a synced user one
with reset and writeback; licenses count when assigned directly or through a group. Prints
seats against holders per SKU, coverage per wave and the users not covered with the reason.
--json prints { plan, inScope, covered, uncovered: [ { upn, reason, wave, ... } ], skus,
unknownSkus, byWave, byGroup }. --out writes the users not covered as CSV.

Example: sspr-planner licenses rollout.ssprplan --json`,
  simulate: `Usage: sspr-planner simulate <plan> [--scenario FILE ...] [--json]

Runs scenarios through the SSPR simulator and checks each step's expectation. A scenario file
(JSON) overrides the plan's policy field by field and may bring its own users and groups;
otherwise it runs against the plan's tenant. Repeat --scenario, or list several files after
one (--scenario scenarios/*.json). Without --scenario the plan's business cases run through
their built-in scenarios (a case the simulator cannot judge is listed as not simulated).
Prints PASS or FAIL per scenario, one line per step with the outcome and the rule that decided
it, and every unmet expectation under its step. --json prints { plan, passed, summary,
scenarios: [ { file, name, passed, steps: [ { number, on, do, user, outcome, rule,
notifications, audit, failures } ] } ] } (or cases: [...] without --scenario).
Exit code 0 when every expectation is met, 1 when one is not, 2 when a file cannot be read or
breaks the scenario format (the message names the file, the step and the field).
Rules and outcomes: docs/simulator-rules.md.

Example: sspr-planner simulate rollout.ssprplan --scenario pilot-admin.json --scenario lockout.json`,
  forecast: `Usage: sspr-planner forecast <plan> [--json]

Forecasts registration over the rollout with a seeded Monte Carlo model: waves enable on their
phase's start, each campaign email pulls a share of its wave that fades with a half-life,
enforced registration prompts users at sign-in, and some register unprompted. The assumptions
are the plan's "forecast" settings (change them with set, e.g. forecast.sendResponse=0.3) and
the policy's requireRegistration and reconfirmDays. The same seed gives the same numbers.
Prints the settings, the registered share by week (10th, 50th and 90th percentile, and the
actual share where registration details were imported), each wave at the end with waves that
fall behind and a date for an extra reminder, then calls avoided and money saved per month
against the business case, with the assumptions.
--json prints { seed, runs, asOf, users, days: [...], registeredShare: { p10, p50, p90 },
actual, waves: [ { wave, users, start, registeredShare, actual, behind, suggestedReminder } ],
sends, reconfirmPrompts, assumptions, roi: { currency, months: [...], totalSaved, ... } }.

Example: sspr-planner forecast rollout.ssprplan --json`,
  'export-emails': `Usage: sspr-planner export-emails <plan> --out DIR [--format eml,html,docx,txt]

Writes every campaign email of the plan (each send, filled for its phase) into DIR, one folder
per format, files named by send date and email name:
  eml   a draft with HTML and plain-text parts and the logo inline; Outlook and Thunderbird
        open it as a new message to send (add the recipients there)
  html  a standalone web page with the logo inside it, for mail tools that take HTML
  docx  a Word document with the email's details (subject, preview text, send date, audience,
        sender) above the email as it reads, for review and sign-off
  txt   the subject, then the plain-text email
--format takes one or more formats separated by commas (default: all four). DIR and its folders
are created; files of the same name are replaced and nothing else in DIR is touched. Prints each
file written, one per line; communications findings to check (such as a placeholder the plan
has no value for) go to stderr.

Example: sspr-planner export-emails rollout.ssprplan --out emails --format eml,docx`,
  'export-landing': `Usage: sspr-planner export-landing <plan> --out DIR

Writes the password landing page into DIR: index.html (links to reset, register and change a
password, and the help desk), style.css in the plan's brand colour, and logo.png, .jpg or .gif
when the plan has a logo. Put the three files on the web server behind the plan's landing-page
address. Prints each file written, one per line.

Example: sspr-planner export-landing rollout.ssprplan --out landing`,
  'export-plan': `Usage: sspr-planner export-plan <plan> --out FILE.docx

Writes the deployment plan as a Word document for the project board: a title page
(organization, version, date, go / no-go status), contents, and a chapter per plan section:
overview and business case, stakeholders with RACI and sign-offs, licensing with coverage,
the configuration with recommended values and open findings, the communications schedule,
the test matrix with the latest results, support, reporting and backups, rollout phases with
the readiness verdict and its reasons, simulator results, forecast and return on investment.
Charts are drawn from the plan's data; figures that need the organization's users appear once
a tenant is imported. Readiness is judged on today's date. FILE is replaced if it exists; its
folder must exist. --out must end in .docx.

Example: sspr-planner export-plan rollout.ssprplan --out "Contoso SSPR plan.docx"`,
  'export-cheatsheet': `Usage: sspr-planner export-cheatsheet <plan> --out FILE.docx

Writes the help desk's cheat sheet as a Word document of one or two pages to pin up: who is
enabled, the methods and how many a reset needs, the portals, access from inside and outside
the network, each support scenario with its steps and who handles it, and where to escalate.
It holds what the Support section's cheat-sheet preview shows. FILE is replaced if it exists;
its folder must exist. --out must end in .docx.

Example: sspr-planner export-cheatsheet rollout.ssprplan --out cheatsheet.docx`,
  'export-csv': `Usage: sspr-planner export-csv <plan> --out DIR

Writes every table of the deployment plan into DIR as a CSV file named after the table
(Stakeholders.csv, Test matrix.csv, Open findings.csv, ...): UTF-8 with a byte-order mark,
comma-separated, a header row first. The tenant's tables (license coverage, users without a
license, simulator and forecast figures) are written once a tenant is imported, and list
every user where the plan document shows the first rows. A cell that a spreadsheet would run
as a formula (starting with =, +, - or @) gets a leading apostrophe. DIR is created; files of
the same name are replaced and nothing else in DIR is touched. Prints each file written, one
per line.

Example: sspr-planner export-csv rollout.ssprplan --out tables`,
  serve: `Usage: sspr-planner serve [<plan>] [--port N]

Serves the app in browser mode on 127.0.0.1 and prints its address with a per-launch token.
Without a plan it opens the demo plan in your data folder, creating it on first run.
--port 0 (the default) picks a free port. Stop with Ctrl+C.

Example: sspr-planner serve rollout.ssprplan --port 8123`,
};
