### Every word wecom-help shows, in English (with --lang en).
### zh.ftl has the same messages with the same variables; a test checks that they match.
### It is read in parts, each the first time one of its messages is needed: the error- messages
### after "## Part error", the kb- messages after "## Part kb", the cli- messages after
### "## Part cli", the web- messages after "## Part web", the journal-, stats-, weights- and
### wecom- messages after "## Part desk", and all others before them. Most runs need only the
### first. Keep every message in its part.

## Answers, and the fixed words around the knowledge base's texts

# As the menu offers them, and as transcripts and the tree write them.
answer-yes = Yes
answer-no = No
answer-unsure = Not sure
answer-none = None of these
answer-cannot-say = Can't remember
answer-back = Back

# After a label, before its text.
colon = {": "}
# Between the items of a list in running text.
list-separator = {", "}
# An aside, right after the text it explains.
aside = {" "}({ $text })
# A message quoted from the screen: the English messages of the knowledge base quote the screen
# themselves, with the Chinese original after.
quoted = { $text }
# What matched in a search hit, when the output has no colour.
marked = [{ $text }]

label-category = Category
label-symptoms = Symptoms
label-on-screen = On screen
label-cause = Cause
label-solution = Solution
label-note = Note
label-related = Related
label-result = Result
label-result-title = Diagnosis
label-record = Questions asked
label-no-questions = (no question was asked)
label-employee-said = In the employee's words
label-number = No.
label-problem = Problem
# The problem of a result whose solutions belong to several entries.
label-problem-several = It may be one of the following problems
label-not-covered = Not covered by the knowledge base
label-from-text = from the description
label-employee-words = the employee's words
label-unconfirmed = Note: FAQ { $ids } could not be confirmed (a question was answered "not sure"); check that its situation matches first.
label-several = { $count } possible { $count ->
        [one] solution
       *[other] solutions
    }, most likely first:
question-number = Question { $number }

# Where in an entry the passage of a search hit stands.
field-message = On screen
field-title = Title
field-symptom = Symptom
field-condition = Case
field-cause = Cause
field-step = Step
field-note = Note

tree-footer = { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }; { $mean } questions on average to reach one (confirmations included), { $max } at most; { $uncovered } { $uncovered ->
        [one] branch ends
       *[other] branches end
    } "not covered"

## Questions in the terminal

# Above a menu: what is chosen, then the keys while it waits; once chosen, "✔ Answer · Yes".
prompt-answer = Answer
prompt-keys = { $prompt } (↑↓ to choose, Enter to confirm, Esc to leave)
prompt-first-question = This is the first question.
prompt-pick-entry = Pick an entry
# Esc in show's list of entries.
show-left = Left without picking an entry.
# A terminal that cannot move its cursor: the items are numbered, and one is typed.
menu-type-number = Type a number and press Enter (q to leave):{" "}
menu-no-such-number = No such number: type one from { $first } to { $last }.

## What the commands say

overview-title = wecom-help: a wizard for WeCom (企业微信) login problems
overview-everyday = Everyday commands:
overview-diagnose = answer yes/no questions until the solution is found
overview-list = list every problem by number and title
overview-show = one entry: symptoms, cause and steps
overview-search = Employee reading out an on-screen message? Try: wecom-help search 你的账号已被禁用
overview-help = All commands and options: wecom-help --help

diagnose-left = Left the wizard without a result.
diagnose-from-text = Answered from the description (take any back with "Back"): { $facts }
diagnose-from-text-settled = Answered from the description, with nothing left to ask: { $facts }
diagnose-not-covered-advice = The knowledge base has no entry for these answers. Pass the record above to the support desk, or search again with the employee's own words: wecom-help search { $words }
diagnose-unused-answers = { $count ->
        [one] Note: a result was reached before the last answer given with --answers; it was not used.
       *[other] Note: a result was reached; the last { $count } answers given with --answers were not used.
    }
diagnose-unused-code = { $count ->
        [one] Note: a result was reached before the last answer of the hand-off code; it was not used. The code may have been mistyped: check it against the one the web page shows, and type it again if the result does not fit.
       *[other] Note: a result was reached; the last { $count } answers of the hand-off code were not used. The code may have been mistyped: check it against the one the web page shows, and type it again if the result does not fit.
    }

search-nothing = Nothing in the knowledge base matches "{ $query }". Try other words, or run `wecom-help diagnose` to narrow it down question by question.
# A hit whose own words match the query too little, shown because the knowledge base relates it to another hit.
search-related = Related: listed in the knowledge base as related to FAQ { $id }

check-valid = The knowledge base is valid ({ $origin }): { $entries } { $entries ->
        [one] entry
       *[other] entries
    }, { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }, { $questions } { $questions ->
        [one] question
       *[other] questions
    }; a solution is reached in { $mean } questions on average, { $max } at most.
check-valid-large-tree = The knowledge base is valid ({ $origin }): { $entries } { $entries ->
        [one] entry
       *[other] entries
    }, { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }, { $questions } { $questions ->
        [one] question
       *[other] questions
    }; but its decision tree is too large (more than { $limit } nodes, or too long to work out), so the questions needed were not counted. This happens when many entries leave facts unstated: state more facts in the entries.
# check-valid's $origin for the knowledge base compiled into the program.
embedded-kb = embedded knowledge base

## Part error: errors (the error- messages)

error-label = Error:
# $label is error-label, coloured in a terminal.
error-line = { $label } { $message }
error-kb-broken = The knowledge base has { $count } { $count ->
        [one] problem
       *[other] problems
    } and cannot be used:
error-untranslated = The knowledge base has { $count } { $count ->
        [one] text
       *[other] texts
    } without an English translation:
error-kb-damaged = The embedded knowledge base is damaged ({ $error }). Reinstall wecom-help.
# $variable is the environment variable's name, $value what it is set to.
error-unknown-language = { $variable }={ $value }: not a language of this program. Set it to zh or en (en_US.UTF-8 works too), or unset it.
error-no-such-command = There is no command "{ $given }". `wecom-help help` lists them all.
# Usage errors: what is wrong with the command line. $option is an option with its value's name.
error-usage-unknown-option = There is no option { $given }.
error-usage-extra-argument = Unexpected argument "{ $given }": there is no place for it here.
error-usage-invalid-value = "{ $given }" is not a valid value for { $option }.
error-usage-choices = Possible values: { $choices }.
error-usage-missing-value = { $option } needs a value.
error-usage-missing-argument = Missing { $needed }.
error-usage-repeated = { $option } can be given only once.
error-usage-not-utf8 = The command line contains text that is not UTF-8.
error-usage-other = The command line is not valid.
error-usage-other-argument = { $argument } is not valid here.
error-usage-did-you-mean = Did you mean { $suggestion }?
error-usage-see-help = Add --help to see how to use it.
error-no-such-entry = There is no entry numbered "{ $given }". Valid numbers are { $first }–{ $last }, e.g. `show { $last }`; for an entry with several solutions, `show 16.2` shows one.
error-need-number = Give an entry number, e.g. `wecom-help show { $last }` (valid numbers are { $first }–{ $last }). A list to pick from can only be shown in a terminal.
error-no-such-solution = Entry { $entry } has no solution { $given }. Its solutions are: { $choices }.
error-no-terminal = No terminal is available to ask questions in. The next question is: "{ $question }" Give the answers up front with --answers, e.g. `{ $example }` (this question takes { $accepts }).
error-tree-too-large = The decision tree is too large to draw (more than { $limit } nodes, or too long to work out). This happens when many entries leave facts unstated: state more facts in the entries, then run wecom-help check.
error-answers-run-out = --answers ran out before a result was reached. The next question is: "{ $question }" Add its answer to the end of --answers ({ $accepts }).
error-answer-does-not-fit = Answer { $position } of --answers, "{ $token }", does not answer this question: { $question } It takes { $accepts }.
error-bad-answer = Answer { $position } of --answers, "{ $token }", is not understood. The question it meets is: { $question } It takes { $accepts }, separated by commas.
error-interrupted = Interrupted.
error-would-overwrite = { $path } already exists and will not be overwritten. Choose another name, or add --force to overwrite it.
error-save-dangling = { $path } is a symbolic link to a file that does not exist, so the result cannot be saved there. Nothing has been asked yet: remove the link or choose another name with --save.
error-save-not-file = { $path } is not an ordinary file (it is a folder, a device or similar), so the result cannot be saved there. Nothing has been asked yet: choose another name with --save.
error-save-folder = Cannot save to { $path }: the folder { $folder } does not exist or does not accept new files ({ $error }). Nothing has been asked yet: choose another place with --save.
error-save = Could not write { $path } ({ $error }). The result is shown above; check the path and permissions and save again.
error-io = Could not write the output: { $error }
error-bad-resume-code = Cannot read the hand-off code "{ $code }": a code is a 6-character version, a hyphen and the answers, such as 3f9a1c-1.5.y. Type it as the web page shows it.
error-resume-kb-changed = The hand-off code "{ $code }" was made with another version of the knowledge base: it has changed since, so its answers may no longer fit and are not used. Run diagnose without --resume; the record the employee forwarded can guide you.
error-bind = Cannot serve the web page at { $address }: { $error }
error-journal-not-a-database = { $path } is not a wecom-help journal (not an SQLite database, or a damaged one). The file was left as it is: name another file with --journal, or move this one away and try again.
error-journal-not-a-journal = { $path } is an SQLite database but not a wecom-help journal. The file was left as it is: name another file with --journal.
error-journal-newer = { $path } was written by a newer version of wecom-help (schema version { $found }); this version cannot read or write it: upgrade wecom-help.
error-journal-busy = { $path } is held by another program and could not be written within { $seconds } seconds: try again later, or find what keeps it busy.
error-journal-read-only = { $path } or its folder cannot be written: check the permissions, or name another place with --journal.
error-journal-full = { $path } could not be written: the disk is full, the file size limit is reached, or writing failed. Free some space or check the disk; the rows already there are unharmed.
error-journal-cannot-open = Cannot open or create the journal { $path }: check that its folder exists and may be written.
error-journal-missing = The journal { $path } does not exist: check the path --journal or WECOM_HELP_JOURNAL gives.
error-journal-folder = { $path } is a folder, not a journal file: give --journal a file in it, such as { $path }/journal.sqlite3.
error-journal-empty = { $path } holds no records yet: if it was copied from another machine, copy the file of the same name ending in -wal with it (or export one there with sqlite3's .backup).
error-journal-other = The journal { $path } failed: { $error }
error-no-journal = No place to keep the journal: no --journal, no WECOM_HELP_JOURNAL, and neither HOME nor XDG_DATA_HOME is set. Name a file with --journal.

error-webhook-missing = --send sends the result to the support desk's group, but { $variable } is not set (or empty). No question was asked yet: set it to the group robot's webhook URL (not on the command line: the URL holds the robot's key).
error-webhook-not-http = { $variable } is not a URL that starts with http:// or https:// and names a host. No question was asked yet: set it to the group robot's webhook URL.
# Why a message did not reach the group, in one sentence: for error-not-sent… and the web page.
error-send-too-many = The group robot takes at most 20 messages a minute, and more were sent (errcode 45009).
error-send-refused = The group robot did not take the message: errcode { $errcode }, errmsg "{ $errmsg }".
error-send-status = The webhook answered HTTP { $status } instead of 200.
error-send-unreadable = The webhook's answer cannot be read: it is no group robot's answer.
error-send-connection-refused = The webhook's server cannot be reached (connection refused).
error-send-host-not-found = The webhook's server is not found (its name does not resolve): check the network.
error-send-timeout = The webhook did not answer within { $seconds } seconds.
error-send-closed = The webhook's server closed the connection without answering.
error-send-tls = No secure connection (HTTPS) could be made with the webhook's server.
error-send-network = A network error stopped the message.
error-not-sent = The result was not sent to the support desk's group: { $reason } It is printed above: paste it into the group.
error-not-sent-too-many = The result was not sent to the support desk's group: { $reason } Wait a minute before sending again, or paste the result printed above into the group.
error-not-sent-partly = The result is { $total } messages; { $sent ->
        [one] only the first was sent,
       *[other] only the first { $sent } were sent,
    } and message { $next } was not: { $reason } Paste messages { $next }–{ $total } printed above into the group.

# What went wrong in an operation of the system (a file, a port), by its kind: error-os-…
error-os-not-found = no such file or folder
error-os-permission-denied = permission denied
error-os-already-exists = it already exists
error-os-address-in-use = the port is already used by another program
error-os-address-not-available = this machine has no such address
error-os-read-only = the place is read-only
error-os-no-space = the disk is full
error-os-quota = the disk quota is exceeded
error-os-too-large = the file is too large
error-os-not-a-folder = a part of the path is not a folder
error-os-is-a-folder = it is a folder
error-os-bad-name = the file name cannot be used
# A kind the catalog has no words for: the system's own text.
error-os-other = { $text }
error-bind-in-use = Cannot serve the web page at { $address }: the port is already used by another program (perhaps another wecom-help serve). Choose another port with --bind, e.g. --bind 127.0.0.1:8081, or stop the program using it.
# $option is an option with its value's name.
error-usage-empty-value = { $option } is empty: write its value after it.
error-usage-form-bind = Write an IP address with a port, such as 127.0.0.1:8080 or 0.0.0.0:8080; a port alone (8080 or :8080) or localhost:8080 means this machine only.
error-usage-form-limit = Write a whole number from 1, such as --limit 10.
# What --answers may give at a question: the end of error-no-terminal, error-bad-answer and the like.
error-accepts-yes-no = y (yes), n (no), ? (not sure), b (back)
error-accepts-choice = an item's number from 1 to { $count } or its id, n (none of these), ? (can't remember), b (back)
error-resume-answer = Answer { $position } of the hand-off code "{ $code }", "{ $token }", does not fit the question it meets: { $question } It takes { $accepts }. The code may have been mistyped: check it against the one the web page shows (the answers are the parts after the version, separated by dots).
error-answer-past-result = Answer { $position } of --answers, "{ $token }", is not understood. A result was reached before it, but it may be a mistyped answer, so no result is given: correct or remove it and run again (answers are y, n, ?, b, or at a choice an item's number or id, separated by commas).
# What a hand-off code may hold at a question: the end of error-resume-answer.
error-accepts-code-yes-no = y (yes), n (no), u (not sure)
error-accepts-code-choice = an item's number from 1 to { $count }, n (none of these), u (can't remember)
error-bind-not-here = Cannot serve the web page at { $address }: this machine has no such address. Use --bind 127.0.0.1:{ $port } (this machine only) or --bind 0.0.0.0:{ $port } (every address of this machine).
error-journal-not-a-database-read = { $path } is not a wecom-help journal (not an SQLite database, or damaged): there is nothing to read in it. The file was not changed: check the path given by --journal or WECOM_HELP_JOURNAL; it should be a journal that wecom-help serve or diagnose wrote.
error-usage-no-words = search was given no words to look for: write the employee's own words or the message on the screen, such as wecom-help search "account disabled".

## Part kb: problems in a knowledge base (the kb- messages), what is wrong and what to do

kb-folder-missing = The knowledge-base folder does not exist. Check the path given by --kb or WECOM_HELP_KB.
kb-folder-unopenable = Cannot open the knowledge-base folder ({ $error }). Check the path and the permissions.
kb-folder-not-a-folder = This is not a folder. --kb must point to the folder that holds questions.yaml and the entry files.
kb-folder-unreadable = Cannot read the folder ({ $error }). Check its permissions.
kb-folder-denied = No permission to open this folder. Check its permissions (chmod), or run as another user.
kb-folder-link = This is a symbolic link to a folder. It is not followed, so the entries in it would not be loaded. Put the files into the knowledge-base folder itself, or delete the link.
kb-folder-too-deep = Folders are nested too deeply here (more than { $limit } levels). A knowledge base needs only two or three levels of folders: move the files up.
kb-folder-too-large = The knowledge base's files hold more than { $limit } MB together; reading stopped. About 10,000 entries are supported: delete files that do not belong, or split the knowledge base.
kb-folder-too-many-files = The knowledge base has more than { $limit } files, so reading stopped. A knowledge base of up to about 10,000 entries is supported: delete the extra files, or split the knowledge base.

kb-file-unreadable = Cannot read this file ({ $error }). Check its permissions.
kb-file-denied = No permission to read this file. Check its permissions (chmod), or run as another user.
kb-file-link-loop = This symbolic link is part of a loop and cannot be read. Delete the link.
kb-file-link-dangling = This symbolic link points to a file that does not exist. Delete or fix the link.
kb-file-not-regular = This is not a regular file (it may be a pipe, a device or a folder), so it is not read. Move it out of the knowledge-base folder.
kb-file-too-large = The file is too large ({ $size } bytes; the limit is { $limit } bytes). An entry file is usually only a few KB: check that this file was not put here by mistake.
kb-file-grew-too-large = The file is too large (over { $limit } bytes). Check that this file was not put here by mistake.
kb-file-utf16 = The file is in UTF-16 ("Unicode" in Notepad), not UTF-8. Save it again in your editor with the encoding set to UTF-8, then retry.
kb-file-binary = This is a binary file, not text. Move it out of the knowledge-base folder.
kb-file-nul = There is a NUL character (code 0) here, which a text file should not contain (it usually comes from copying and pasting, or from an editor). Delete it.
kb-file-truncated = The file breaks off here: its last character is incomplete (it may not have been saved completely, or was cut short). Open it in your editor, complete the end and save it again.
kb-file-not-utf8 = The file is not in UTF-8 (it may be in GBK or another older encoding). Save it again in your editor with the encoding set to UTF-8, then retry.
kb-file-empty = The file is empty (only blank lines, comments or "---"). Write its content, or delete the file.
kb-file-brackets = Square or curly brackets are nested more than { $limit } levels deep here, which no knowledge-base file needs (the file may be here by mistake). Check the file.
kb-file-aliases = The aliases (*name) here expand to many times the size of the file itself. Write the text out instead of repeating large parts with anchors (&) and aliases (*).
kb-file-tag = This value has a YAML tag (starting with "!", such as !!binary). A knowledge base needs no tags, and a tagged value may be read otherwise than it looks. Delete the tag and write the content itself.

kb-yaml-tab = This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces (usually 2 per level).
kb-yaml-unknown-field = Unknown field "{ $field }". Check the spelling, or delete this line.
kb-yaml-unknown-field-allowed = Unknown field "{ $field }". The fields allowed here are: { $allowed }. Check the spelling, or delete this line.
kb-yaml-missing-field = The required field "{ $field }" is missing. Please add it.
kb-yaml-boolean = Only true or false is allowed here. Note that yes/no and 是/否 are not accepted.
kb-yaml-solution-number = Put solution numbers in quotes, e.g. "16.1" (without quotes, 16.10 would be read as 16.1).
kb-yaml-number = This must be a positive whole number (e.g. 15), not a negative number, a fraction or text.
kb-yaml-wrong-type = Wrong type: this should be { $expected }, but it is { $found }.
kb-yaml-documents = A file may hold only one YAML document: delete the extra "---" separator line, or split the content into several files.
kb-yaml-duplicate = The same field is written twice. Delete the duplicate line.
kb-yaml-duplicate-fact = "{ $id }" is stated twice in facts, and only the later answer would count. Delete one of the two.
kb-yaml-too-deep = The nesting is too deep to read. Knowledge-base files never need this many levels: check the indentation.
kb-yaml-aliases = The anchors and aliases (& and *) in this file expand to too much text, so it was refused. Knowledge-base files do not need aliases: write the content out in full.
kb-yaml-incomplete = The file is empty or incomplete. Complete it (use another entry file as a model).
kb-yaml-other = Invalid YAML. Check the indentation, colons and quotes of this line and the one before.
kb-yaml-colon = This line has an extra ": " (colon and space). When a text holds a colon, put the whole text in quotes, e.g. 'Note: xx'.
kb-yaml-star = A text starting with * is read as an alias. Put the text in quotes, e.g. '*key'.
kb-yaml-reserved = This text starts with a character YAML reserves (such as @ or `). Put the text in quotes.
kb-yaml-quote = A quote is not closed. Check that the text starts and ends with the same kind of quote.
kb-yaml-indent = The indentation does not line up. Fields and list items of one level need the same number of spaces.

# The kinds of value kb-yaml-wrong-type names.
kb-type-list = a list (each line starting with "- ")
kb-type-fields = fields ("name: value")
kb-type-text = text
kb-type-number = a number
kb-type-empty = an empty value
kb-type-boolean = true or false
kb-type-true-false = true/false
kb-type-reference = an entry number such as 3 or a quoted solution number such as "16.1"
kb-type-other = another kind of value

kb-no-questions-file = The knowledge base has no { $file }. Put a { $file } at the top of the knowledge-base folder, listing the questions the wizard can ask.
kb-no-entry-files = The knowledge base has no entry files. Each entry is a .yaml file of its own; the README's section "The knowledge base" shows a whole entry file.
kb-more-untranslated = { $count ->
        [one] 1 more place without English is not listed.
       *[other] { $count } more places without English are not listed.
    }
kb-more-problems = { $count ->
        [one] 1 more problem is not listed.
       *[other] { $count } more problems are not listed.
    } Fix the ones above first, then run check again to see the rest.
kb-text-empty = "{ $field }" is empty. It is required: fill it in.
kb-text-control = "{ $field }" contains a control character ({ $code }), which would garble or take over the terminal. Delete it.
kb-text-line-break = "{ $field }" must fit on one line but contains a line break ({ $code }), which would show as a line of its own in lists and menus. Write it on one line.
kb-list-empty-item = "{ $field }" has an empty item. Fill it in or delete it.

kb-questions-empty = The list of questions is empty. Write at least one question.
kb-question-id-invalid = A question's id must not be empty or contain spaces. Use lowercase English letters and underscores, e.g. msg_scan.
kb-question-id-duplicate = The question id "{ $id }" is used twice (line { $line } already has it). Give one of the two a different id.
kb-question-id-reserved = The question id "{ $id }" is also an answer of --answers (y, n, yes, no, none, back and the like, or a number). Choose another id.
kb-question-phrase-long = This phrase is longer than { $limit } characters. Phrases are what a caller says or an on-screen message: shorten it.
kb-question-untranslated = Question "{ $id }" has no English (en) yet. Add a line en: below text, with the question in English.
kb-question-unused = No entry uses question "{ $id }", so the wizard will never ask it. Write its answer in the facts of the entries it concerns, or delete the question.
kb-question-option-untranslated = The option text (option) of question "{ $id }" has no English yet. Add a line option_en: below option, with the text in English.
kb-question-link-unknown = "{ $id }" in { $field } is not a question of questions.yaml. Use the id of an existing question, or add the question first.
kb-question-after-choice = "{ $id }" is a choice, which cannot be a premise. Name one of its options (a yes/no question) in after.
kb-question-one-option = A choice needs at least two options. Add another to options, or remove options to make it a yes/no question.
kb-question-option-choice = "{ $id }" is itself a choice and cannot be an option of another choice. List yes/no questions only.
kb-question-option-label = Question "{ $id }" has no text for when it is shown as an option. Add a line option: below it, with what the option shows (for example the on-screen message).
kb-question-option-twice = Question "{ $id }" is already an option of the choice "{ $other }", and a question can belong to one choice only. Remove it from the options of one of them.
kb-question-after-cycle = The premises (after) of question "{ $id }" lead back to itself, so the wizard cannot decide which to ask first. Remove one of the premises.
kb-fact-choice = "{ $id }" is a choice; an entry cannot state its answer directly. State the answer to one of its options instead (e.g. { $option }: true).
kb-fact-two-options = "{ $first }" and "{ $second }" are both options of the choice "{ $choice }", and picking one rules out the other, so they cannot both be true. Keep only one of them true.
kb-fact-premise = This states "{ $id }", but that question makes sense only after "{ $premise }" is answered yes. Also write { $premise }: true in the same entry, or remove { $id }.
kb-confirm-unknown = "{ $id }" in confirm is not a question of questions.yaml. Use the id of an existing question.
kb-confirm-not-stated = "{ $id }" in confirm must be a fact this solution states an answer to, or the wizard cannot confirm it. State its answer under facts, or remove it from confirm.

kb-entry-id-zero = Entry numbers start at 1. Change this to a positive whole number.
kb-entry-id-duplicate = Entry number { $id } is used twice: { $other } has it too. Give one of the two a different number.
kb-entry-weight = weight must be greater than 0 (the default is 1; the more common the problem, the larger the weight).
kb-entry-no-solutions = The entry has no solutions. Write at least one under solutions, with its steps.
kb-solution-no-steps = The solution has no steps. Write at least one step under steps.
kb-related-not-a-number = "{ $given }" in related is not an entry number. Write a number such as 3 or "16.1".
kb-related-missing = related lists { $id }, which does not exist. Change it to the number of an existing entry or solution.
kb-related-self = related lists { $id }, which is this entry itself. List only other entries.
kb-related-duplicate = "{ $given }" in related is { $id } again, listed already. Delete the repeated item.
kb-fact-unknown = "{ $id }" in facts is not a question in questions.yaml. Check the spelling, or add the question to questions.yaml first.
kb-fact-repeated = "{ $id }" is already in the entry's facts. A solution's facts hold only the questions that tell the solutions apart: delete it from one of the two.

-kb-indistinguishable-tail = give no question opposite answers, so the wizard can never tell them apart. Give one of them a fact with the opposite answer (adding a new question to questions.yaml if needed).
kb-indistinguishable = The facts of solutions { $first } and { $second } { -kb-indistinguishable-tail }
kb-indistinguishable-files = The facts of solutions { $first } and { $second } ({ $file }) { -kb-indistinguishable-tail }
kb-indistinguishable-many = Solutions { $first }, { $second } and { $more } { $more ->
        [one] other
       *[other] others
    } have exactly the same facts, so the wizard can never tell them apart. Give each a fact that sets it apart from the others (adding new questions to questions.yaml if needed), or delete the repeated entries.
kb-too-many-fact-sets = The knowledge base has { $count } different sets of solution facts, more than the { $limit } supported, so whether they can be told apart cannot be checked. Split the knowledge base (at most about 10,000 entries each).

kb-entry-untranslated = Entry { $id } has no English translation yet. Add an en: section at the end of the file (the README shows its format).
kb-en-count = In English (en), { $what } has { $en } { $en ->
        [one] item
       *[other] items
    }, but in Chinese it has { $zh }. The English must match the Chinese item for item.
# $what of kb-en-count: a field of one solution.
kb-en-solution-field = { $field } of solution { $case }
kb-en-empty-text = A text in the English (en) section is empty. Fill in the translation or delete that item.

kb-synonyms-group-small = A synonym group needs at least two words, e.g. [企业微信, 企微]. Add the missing words or delete this group.
kb-synonyms-word-long = A word here is longer than { $limit } characters. Synonyms and fillers are short words: shorten it or delete it.
kb-synonyms-empty-word = The synonym group has a word that is empty (or only punctuation). Delete it.
kb-synonyms-word-twice = "{ $word }" is already in the synonym group on line { $line }. A word may belong to one group only: merge the two groups or delete one of the two.
kb-synonyms-word-repeated = "{ $word }" is written more than once in this group. Delete the repeats.
kb-fillers-empty-word = fillers has a word that is empty (or only punctuation). Delete it.
kb-fillers-in-group = "{ $word }" is already in a synonym group, so it cannot also be in fillers. Delete it from one of the two.
kb-fillers-word-twice = "{ $word }" is written more than once in fillers. Delete the repeats.

# A field left out of an entry's en: section; $what is a field name or a kb-en-solution-field.
kb-en-missing = Entry { $id }: the English (en) section has no { $what }. Add it, translated from the Chinese { $what }; until then the English output shows the Chinese there.
kb-en-extra = Entry { $id }: the English (en) section has { $what }, but the Chinese has none. The Chinese is authoritative: delete the English { $what }, or add the Chinese { $what }.
kb-folder-no-yaml = This folder holds no .yaml file at all, so it is no knowledge-base folder. Check the path given by --kb or WECOM_HELP_KB: it must name the folder that holds questions.yaml and the entry files.
kb-yaml-unclosed-quote = The text on line { $line } starts with { $quote } but does not end with one: the quote is not closed, which is most likely the problem. Add { $quote } at the end of the text, or delete the one at its start. The YAML parser noticed only at line { $parser_line }, column { $parser_column }, and explained it there as: { $explained }
kb-yaml-wrong-type-field = { $field } must be { $expected }, but it is { $found }.
kb-text-empty-optional = "{ $field }" is empty. Fill it in, or delete the field.
# A number or true/false written in quotes, where a number or true/false is wanted: $value as
# written, $bare without the quotes.
kb-yaml-quoted = You wrote the text { $value } in quotes: remove the quotes and write { $bare }.
# $example is the related line as the files write it, with the numbers given.
kb-yaml-related-list = related must be a list of numbers in quotes, such as { $example } (it is { $found }).
kb-phrase-empty = An item of "phrases" is empty: delete the item.

## Part cli: the command line's help (the cli- messages), for --help, the man page and completions

cli-about = A wizard for WeCom (企业微信) login problems: answer yes/no questions to find the solution.
cli-long-about =
    { cli-about }

    Everyday: `wecom-help diagnose` starts the wizard, `wecom-help list` lists every problem, `wecom-help show 15` shows one.
cli-kb = Load the knowledge base from this folder instead of the embedded one
cli-color = Colour: auto (default: only on a terminal), always or never; NO_COLOR is honoured
cli-lang = Language: zh (Chinese, default) or en (English)
# After the options of the whole command line.
cli-environment = Environment: WECOM_HELP_KB as --kb, WECOM_HELP_LANG as --lang (e.g. en, en_US.UTF-8), WECOM_HELP_JOURNAL as --journal, WECOM_HELP_WEBHOOK the support desk's group robot (for diagnose --send and serve); empty means unset.

# The words around the help texts: headings, and the help of --help and --version.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# A heading of the help, with its colon.
cli-heading = { $heading }:
# [OPTIONS] in the usage line: wecom-help [OPTIONS] [COMMAND].
cli-usage-options = OPTIONS
# The names of values in usage lines and help: --kb <DIR>, search <QUERY>...
cli-value-answers = ANSWERS
cli-value-color = COLOR
cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-lang = LANG
cli-value-n = N
cli-value-number = NUMBER
cli-value-query = QUERY
cli-value-shell = SHELL
cli-value-text = TEXT
cli-flag-help = Print help
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-summary = Print help (see a summary with '-h')
cli-flag-version = Print version

# --format of the commands that print through a renderer (diagnose, search, list, show).
-cli-format = Output format: text (default), markdown or json

cli-diagnose = Diagnose: answer one question at a time until the solution is found
cli-diagnose-answers = Answers given up front instead of asking, separated by commas: y yes, n no, ? not sure; at a choice, an item's number or id, n none of these, ? can't remember; b back
cli-diagnose-message = Start from the employee's own words or on-screen message: what they already say is not asked again
cli-diagnose-save = Also write the result (questions asked and solution) to this file, in the format chosen with --format
cli-diagnose-force = With --save: overwrite the file if it exists
cli-diagnose-format = Output format: text (default), markdown, json, or wecom (WeCom group robot Markdown, a long result in several messages)
cli-diagnose-resume = Continue from a hand-off code the web page gave: its answers first, then the questions left
cli-diagnose-send = Also send the result to the support desk's group: to the group robot whose URL is in the environment variable WECOM_HELP_WEBHOOK, in the wecom format (the result is printed all the same)
cli-diagnose-examples =
    Examples:
      wecom-help diagnose                          answer with the arrow keys
      wecom-help diagnose --answers 1,5            answers up front (items' numbers; y yes, n no)
      wecom-help diagnose --message 你的账号已被禁用   start from the message on the employee's screen
      wecom-help diagnose --answers 1,5 --format markdown   the result as Markdown, for a ticket
      wecom-help diagnose --resume 986683-1.5      continue from the web page's hand-off code
      wecom-help diagnose --answers 1,5 --send     send it to the support desk's group

cli-search = Find entries using the employee's own words (an on-screen message, a sentence or keywords)
cli-search-query = What to look for: a whole sentence, a fragment or a few words
cli-search-limit = Show at most this many hits (default { $default })
cli-search-format = { -cli-format }
cli-search-examples =
    Examples:
      wecom-help search 你的账号已被禁用
      wecom-help search account disabled
      wecom-help search 改了手机号收不到邀请 --limit 3

cli-list = List every entry: number and title
cli-list-format = { -cli-format }
cli-list-examples =
    Examples:
      wecom-help list
      wecom-help list --format json

cli-show = Show an entry's symptoms, cause and steps
cli-show-id = An entry number (15) or a solution number (16.2); without it, pick from the list in a terminal
cli-show-format = { -cli-format }
cli-show-examples =
    Examples:
      wecom-help show 15        everything of entry 15
      wecom-help show 16.2      only case 2 of entry 16
      wecom-help show 15 --format markdown

cli-tree = Show the decision tree the wizard follows
cli-tree-format = Output format: text (default), markdown, json, or a picture: dot (Graphviz), mermaid
cli-tree-examples =
    Examples:
      wecom-help tree
      wecom-help tree --format mermaid
      wecom-help tree --format dot | dot -Tsvg > tree.svg

cli-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
cli-completions-shell = Which shell: bash, zsh, fish, powershell or elvish
cli-completions-examples =
    Examples:
      source <(wecom-help completions bash)
      wecom-help completions zsh > ~/.zfunc/_wecom-help

cli-man = Print the manual page
cli-man-examples =
    Examples:
      wecom-help man | man -l -
      wecom-help man > wecom-help.1

cli-check = Check that the knowledge base is sound
cli-check-format = Output format: text (default) or json (the problems as data, for editors and CI)
cli-check-examples =
    Examples:
      wecom-help check              check the embedded knowledge base
      wecom-help check --kb ./faq   check the knowledge base being edited

cli-help = Show the help of every command or of one (as --help does)
cli-help-command = Which command; without it, all of them
cli-help-examples =
    Examples:
      wecom-help help
      wecom-help help diagnose

# The man page (wecom-help man): its section headings, and what the help does not say. The
# commands' sections are made of the messages above.
cli-manual-name = NAME
cli-manual-synopsis = SYNOPSIS
cli-manual-description = DESCRIPTION
cli-manual-options = OPTIONS
cli-manual-options-everywhere = These options are valid with every command, before or after its name.
cli-manual-commands = COMMANDS
cli-manual-exit-status = EXIT STATUS
cli-manual-exit-0 = Done: a result was reached, the entry shown, the knowledge base is valid, stats gave its report or weights that save questions, or serve stopped on SIGTERM or Ctrl-C.
cli-manual-exit-1 = No result: the knowledge base does not cover the answers (diagnose), the wizard or the list of show was left with Esc, search found nothing, or stats --weights had too few sessions or no weights worth changing.
cli-manual-exit-2 = Bad input: an unknown number, bad --answers, answers that ran out, no terminal to ask in, a --save file that exists or cannot be saved there, output that cannot be written (a full disk), a broken or untranslated knowledge base (check), a WECOM_HELP_LANG in no known language, a --resume code that cannot be read or comes from another version of the knowledge base, an address serve cannot listen at, a WECOM_HELP_WEBHOOK that is no http(s) URL for diagnose --send or serve (or unset, for --send), stats with no journal to read, a journal it cannot read or a bad date, stats --weights --apply without --kb or on entry files it cannot write, or a usage error.
cli-manual-exit-3 = Not sent: the result was shown (and saved, with --save), but diagnose --send could not send all of it to the support desk's group: the robot refused it, answered wrongly, could not be reached or did not answer in time.
cli-manual-exit-130 = Interrupted: Ctrl-C, the terminal closed or hung up (SIGHUP), or SIGTERM.
cli-manual-environment = ENVIRONMENT
cli-manual-env-kb = The knowledge base folder, as --kb.
cli-manual-env-lang = The language, as --lang: zh or en, or a locale name whose language part counts, in any case (EN, en_US.UTF-8, zh_CN.UTF-8); C and POSIX leave the default. Any other value is an error naming the variable (exit 2).
cli-manual-env-journal = The journal file (SQLite), as --journal: diagnose records each session in it, search what found nothing, and stats reads it. Mobile numbers, e-mail addresses and ID numbers are masked before anything is written. Without it, serve uses wecom-help/journal.sqlite3 in the data folder ($XDG_DATA_HOME, or ~/.local/share).
cli-manual-env-webhook = The webhook URL of the group robot in the support desk's WeCom group (http:// or https://, with its key): diagnose --send sends the result there, and serve, with it set, adds a button "Send to the support desk's group" to the hand-off page (20 messages a minute at most). Read from this variable only, and never shown. When it is no http(s) URL, neither diagnose --send nor serve starts (exit 2).
cli-manual-env-no-color = Set, even to nothing: no colour with --color auto.
cli-manual-env-clicolor-force = Set to anything but 0: colour with --color auto even when the output is not a terminal.
cli-manual-env-precedence = An option on the command line wins over its environment variable; WECOM_HELP_KB, WECOM_HELP_LANG, WECOM_HELP_JOURNAL and WECOM_HELP_WEBHOOK set to nothing count as unset.
cli-manual-files = FILES
cli-manual-files-intro = A knowledge base given with --kb or WECOM_HELP_KB is a folder (faq in the source) holding these files; without one, the knowledge base built into the program is used. Run wecom-help check --kb DIR after every edit.
cli-manual-file-questions = The yes/no questions the wizard may ask, in order of preference.
cli-manual-file-synonyms = Words search treats as the same, and words it skips.
cli-manual-file-entries = One file per entry (any name ending in .yaml, in any subfolder).

cli-value-code = CODE
cli-serve = Serve the wizard, the entries and search as web pages (for staff on their phones)
cli-serve-bind = The IP address and port to listen at (default { $default }: this machine only; a port alone, such as 8081, or localhost:8081 is this machine too). To serve others, put a reverse proxy in front
cli-value-address = ADDRESS
cli-serve-examples =
    Examples:
      wecom-help serve                          serve the pages at http://127.0.0.1:8080/
      wecom-help serve --bind 8081              serve on this machine's port 8081 (for a reverse proxy)

cli-diagnose-journal = Record this session in this journal file (SQLite, created when missing; as WECOM_HELP_JOURNAL)
cli-search-journal = When nothing is found, record what was searched for in this journal file (mobile numbers, e-mail addresses and ID numbers masked)
cli-serve-journal = The journal file sessions are recorded in (default: wecom-help/journal.sqlite3 in the data folder)
cli-stats = Report on the journal: which problems are common, which solutions failed, what the knowledge base does not cover
cli-stats-journal = The journal files to read, several at once (one per machine, say); without it, WECOM_HELP_JOURNAL, else the one serve keeps by default
cli-stats-since = From this day on (included, in local time), such as 2026-12-01
cli-stats-until = Up to this day (included, in local time)
cli-stats-weights = Propose new weights for the entries from what the sessions found
cli-stats-apply = With --weights: write the proposed weights into the entry files of --kb
cli-stats-format = Output format: text (default, with bar charts), json, or html (a page to open or forward)
cli-stats-examples =
    Examples:
      wecom-help stats --journal journal.sqlite3                    the report
      wecom-help stats --journal a.sqlite3 b.sqlite3 --since 2026-12-01
      wecom-help stats --format html > report.html                  a web page
      wecom-help stats --weights --kb faq                           propose weights (a patch)
cli-value-date = DATE

## Part web: the pages of `wecom-help serve` (the web- messages)

web-site = WeCom login help
web-skip = Skip to content
web-serving = Serving the web page at { $url } (Ctrl-C stops it)
web-journal = Sessions are recorded in the journal { $path } (--journal or WECOM_HELP_JOURNAL names another file)
web-journal-behind = The journal is too far behind and one record was dropped: check whether another program keeps it busy.
web-stopping = Stopping: letting the requests in progress finish.
web-go-home = Back to the start page
web-home-title = Cannot log in to WeCom?
web-home-wizard-title = Step by step
web-home-wizard = Answer a few simple questions to find the solution that fits.
web-start = Start the check
web-home-list = All questions
web-all-entries = See all questions
web-search-label = Write the message on the screen or your question here
web-search-button = Search
web-search-title = Search
web-search-nothing = Nothing related was found. Try other words, or go step by step.
web-search-hits = { $count ->
        [one] 1 related question
       *[other] { $count } related questions
    }
# After it, when some of the list is there only as related to a hit.
web-search-hits-related = { $count ->
        [one] and 1 entry the knowledge base lists as related
       *[other] and { $count } entries the knowledge base lists as related
    }
web-search-or-wizard = Not sure which one it is?
web-search-wizard = Go step by step from these words
web-progress = Question { $number } ({ $answered } answered)
web-from-text = Known from your description
web-back = Back
web-result = Result
web-solved-question = Is the problem solved?
web-solved-yes = Solved
web-solved-no = Not solved
web-solved-title = Great, the problem is solved
web-solved-text = Thank you. Come back any time you have trouble logging in.
web-not-covered-text = The knowledge base has no question that fits these answers. Please pass the record below to the support desk.
web-handoff-title = Pass it to the support desk
web-handoff-text = Tell the support desk the hand-off code below, or copy the record and forward it to them in WeCom.
web-handoff-code = Hand-off code
web-handoff-desk = At their computer, the support desk types this command to continue from these answers:
web-handoff-transcript = Record (copy it to forward in WeCom)
web-handoff-tried = The employee followed the steps of { $solutions }, and the problem is not solved.
web-handoff-code-line = Hand-off code: { $code } (wecom-help diagnose --resume { $code })
web-bad-answers = The answers in this link cannot be read
web-bad-answers-text = The answers in the link do not fit the questions: the link may be cut short, or the knowledge base has changed. Please start again from the start page.
web-not-found = Page not found
web-not-found-text = There is no page at this address. Go back to the start page to search or check step by step.
web-too-long-title = The address is too long
web-too-long-text = This link is too long to handle. Please start again from the start page.
web-headers-too-large-title = The request is too large
web-headers-too-large-text = The browser sent too much to handle. Please clear this site's cookies and try again.
web-send-intro = You can also send the record and the hand-off code straight to the support desk's group, where the support desk will see them.
web-send-button = Send to the support desk's group
web-sent-title = Sent to the support desk's group
web-sent-text = The record and the hand-off code were sent to the support desk's group; the support desk will look at them soon. Keep the hand-off code in case it is needed:
web-send-failed-title = Not sent
web-send-failed-text = The record was not sent to the support desk's group: { $reason } Please tell the support desk the hand-off code below.
web-send-partly-text = The record is { $total } messages, and only the first { $sent } were sent: { $reason } Please tell the support desk the hand-off code below.
web-send-busy-title = Too many sent just now
web-send-busy-text = The support desk's group takes at most { $limit } messages a minute. Please try again in a minute, or tell the support desk the hand-off code below.
web-send-elsewhere-title = Only this site's pages can send
web-send-elsewhere-text = This request came from another site, so nothing was sent to the support desk's group. Use the button on this site's hand-off page.
web-not-covered-advice = The knowledge base has no entry for these answers. Pass the record above to the support desk.
web-not-covered-search = Or search again in other words
web-no-such-entry = There is no question numbered "{ $given }". Questions are numbered { $first }–{ $last }: find yours among all the questions.
web-no-such-solution = Question { $entry } has no solution { $given }. Its solutions are:
web-whole-entry = See all of question { $entry }
web-progress-described = Question { $number } ({ $answered ->
        [0] { $said } known from your description
       *[other] { $answered } answered, { $said } more known from your description
    })
web-feedback-elsewhere-title = Feedback only from this site's pages
web-feedback-elsewhere-text = This request came from another site, so nothing was recorded. Use the "Solved" or "Not solved" button on this site's result page.

## Part desk: the journal, stats and the group robot (the journal-, stats-, weights- and wecom- messages)

# The journal on the command line: $reason is one of the error-journal- messages.
journal-not-recording = The journal cannot be used; this will not be recorded, everything else works as usual: { $reason }
journal-not-recorded = This was not recorded in the journal; the result stands: { $reason }
# What stands in a journal for a masked mobile number, e-mail address and ID number.
journal-mask-mobile = [mobile number]
journal-mask-email = [e-mail address]
journal-mask-id-card = [ID number]

## Weights

# stats --weights: weights for the entries proposed from the journals. $journals is how many
# journals were read, $sessions the sessions with a result counted.
weights-heading = Weights for the entries, from the journals: { $journals ->
        [one] the journal holds
       *[other] { $journals } journals hold
    } { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } with a result, each counted for the entry of the solution it gave first.
# The table's columns.
weights-column-entry = Entry
weights-column-sessions = Sessions
weights-column-share = Share
weights-column-current = Weight now
weights-column-proposed = Proposed
weights-column-title = Title
weights-rule = Proposed weight = { $solutions } × (the entry's sessions + 1) ÷ (all sessions + { $entries }) ÷ the entry's number of solutions, to two significant digits: an entry never seen does not drop to 0. The wizard weighs each solution by its entry's weight, so an entry's share is divided among its solutions; the mean solution weighs 1.
# $before and $after: the mean questions per session, with the current and the proposed weights.
weights-expected = On the mix of solutions the journals saw, a session asks { $before } questions on average (confirmations included) with the weights now, and { $after } with the proposed weights.
weights-fewer = The proposed weights save { $fewer } questions per session on average.
weights-no-gain = The proposed weights would not shorten the sessions (the mean number of questions does not go down), so they are not worth applying; no patch is given.
weights-unchanged = The weights already are what the journals suggest; there is nothing to change.
weights-too-few = The journals hold { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } with a result; weights need at least { $minimum } (three per entry on average, and no fewer than 50). No patch is given.
weights-unknown = { $count ->
        [one] One more session
       *[other] { $count } more sessions
    } concluded a solution this knowledge base no longer has, and { $count ->
        [one] was
       *[other] were
    } left out.
weights-other-versions = Note: { $count ->
        [one] one session was
       *[other] { $count } sessions were
    } held on another version of the knowledge base, whose solution numbers may now mean something else: not counted.
weights-patch-folder = The patch follows, its paths relative to the knowledge-base folder { $folder }. Review it, apply it in that folder with git apply (or patch -p1), run wecom-help check --kb on the folder, and commit.
weights-patch-embedded = The patch follows, for the embedded knowledge base: its paths are relative to the faq/ folder of the source. Review it, apply it in faq/ with git apply (or patch -p1), run wecom-help check --kb faq, commit, and rebuild.
weights-applied = The new weights were written into { $count ->
        [one] one file
       *[other] { $count } files
    }: { $files }. { $folder } loads again without a problem, so wecom-help check passes; see the change with git diff, then commit it.
# Errors of stats --weights: what went wrong, and that no file was changed.
weights-no-html = stats --weights has no HTML format: use --format text (the table and the patch) or --format json.
weights-apply-needs-kb = --apply rewrites the entry files: name the knowledge-base folder with --kb. The embedded knowledge base cannot be edited: run without --apply and apply the patch to the faq/ folder of the source.
weights-no-journal = No journal to read: name the journal files with --journal, or set WECOM_HELP_JOURNAL.
weights-cannot-place = Cannot write the weight into { $path } by itself (no top-level id: line, or the file did not read back as meant). No file was changed: set the weight in this file by hand.
weights-read-only = { $path } is read-only. No file was changed: make it writable and try again, or leave out --apply to get the patch only.
weights-write-failed = Writing { $path } failed ({ $error }). No file was changed.
weights-rename-failed = Replacing { $path } failed ({ $error }). The files already replaced were put back as they were: no file was changed.
weights-not-restored = Replacing { $path } failed ({ $error }), and these files, already changed, could not be put back: { $files }. Restore them with git checkout or from a backup.
weights-reload-failed = After writing, { $folder } did not read back as meant (another program may have changed the files at the same time). Every file was put back as it was: no file was changed.
weights-reload-not-restored = After writing, { $folder } did not read back as meant, and these files could not be put back: { $files }. Restore them with git checkout or from a backup.

## Statistics

# The report of `stats`, as text and as a web page. Counts are sessions unless said otherwise.
stats-title = Session report
# $journals: each journal as stats-journal, joined by list-separator.
stats-journals = Journals read: { $journals }
stats-journal = { $path } ({ $sessions } { $sessions ->
        [one] session
       *[other] sessions
    })
# $period: one of the stats-period- messages below; $zone such as UTC+08:00.
stats-period = Period: { $period } (local time, { $zone })
stats-period-all = everything recorded
stats-period-between = { $since } to { $until }
stats-period-since = from { $since }
stats-period-until = up to { $until }
stats-seen = Sessions recorded from { $first } to { $last }
stats-empty = No session was recorded in this period, and no search that found nothing.
stats-overview = Overview
stats-sessions = { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    }; { $mean } questions answered on average in those that found a solution (not counting what the description answered)
stats-outcome-found = Solution found
stats-outcome-not-covered = Not covered
stats-outcome-abandoned = Abandoned
stats-channel-web = Web page
stats-channel-cli = Command line
stats-other-versions = Note: { $count } { $count ->
        [one] session was
       *[other] sessions were
    } recorded against another version of the knowledge base (the current one is { $version }); their entry and question numbers may not match.
stats-entries = Sessions by entry
stats-solutions = Sessions by solution
stats-unknown-id = (no such number in the current knowledge base)
stats-unknown-question = (not a question of the current knowledge base: { $id })
stats-feedback = Did it help? What employees said
stats-feedback-about = Only sessions on the web page ask. The bar is the share of answers "not solved"; the most often not solved first.
stats-not-solved = { $not_solved } of { $rated } not solved ({ $percent }%)
stats-key-not-solved = Not solved
stats-key-solved = Solved
stats-unrated = No feedback: { $ids }
stats-no-feedback = No feedback yet: only sessions on the web page ask the employee whether it helped.
stats-gaps = Gaps in the knowledge base: what it did not cover
stats-gaps-about = What employees described, alike descriptions grouped, the most common first.
stats-times = { $count ->
        [one] once
       *[other] { $count } times
    }
stats-alike = Alike: { $examples }
stats-example = "{ $text }" ({ $count })
stats-others = { $count } more, rarer, not listed.
stats-untold = { $count } more { $count ->
        [one] session
       *[other] sessions
    } not covered left no description.
stats-unsure = Questions most often answered "not sure"
stats-unsure-count = { $unsure } of { $answered } not sure
stats-stopped = Questions sessions were abandoned at
stats-searches = Searches that found nothing
stats-none = None.
stats-footer = Made by wecom-help; knowledge base version { $version }.
# Why stats cannot start.
stats-no-journal = No journal to read: give one or more journal files with --journal (one per machine, say), or set WECOM_HELP_JOURNAL.
stats-bad-date = Cannot read the date "{ $given }" of { $option }: write it as YYYY-MM-DD, such as 2026-12-01 (in this machine's time zone; the day itself is included).
stats-no-such-day = The date "{ $given }" of { $option } does not exist: check the month (1–12) and the days of that month.
stats-no-journal-default = No journal to read: the default journal, { $path } (where serve records), does not exist. Give one or more journal files with --journal (one per machine, say), or set WECOM_HELP_JOURNAL.
stats-until-before-since = --until { $until } comes before --since { $since }: there is no such period. Check the two dates.

## WeCom group robot

# Inside the messages of a result sent as several: the first line of each but the first, the
# last line of each but the last.
wecom-continued = (continued)
wecom-continues = (continues in the next message)
# Printed above each message of a result in several, outside the message.
wecom-part = —— Message { $number } of { $total } ——
wecom-sent = Sent to the support desk's group: { $count ->
        [one] 1 message.
       *[other] { $count } messages.
    }
# stats-sessions with "not covered" sessions, whose mean is said apart.
stats-sessions-not-covered = { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    }; { $mean } questions answered on average in those that found a solution, { $uncovered } in those not covered (not counting what the description answered)
# stats-empty without --since or --until: the whole journal.
stats-empty-journal = The journal holds no session yet, and no search that found nothing.
