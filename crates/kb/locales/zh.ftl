### Every word wecom-help shows, in Chinese (the default language).
### en.ftl has the same messages with the same variables; a test checks that they match.
### It is read in parts, each the first time one of its messages is needed: the error- messages
### after "## Part error", the kb- messages after "## Part kb", the cli- messages after
### "## Part cli", the web- messages after "## Part web", the journal-, stats-, weights- and
### wecom- messages after "## Part desk", and all others before them. Most runs need only the
### first. Keep every message in its part.

## Answers, and the fixed words around the knowledge base's texts

answer-yes = 是
answer-no = 否
answer-unsure = 不确定
answer-none = 都不是
answer-cannot-say = 记不清
answer-back = 返回上一步

# After a label, before its text.
colon = ：
# Between the items of a list in running text.
list-separator = 、
# An aside, right after the text it explains.
aside = （{ $text }）
# A message quoted from the screen.
quoted = “{ $text }”
# What matched in a search hit, when the output has no colour.
marked = 「{ $text }」

label-category = 分类
label-symptoms = 症状
label-on-screen = 屏幕提示
label-cause = 原因
label-solution = 解决方案
label-note = 注意
label-related = 相关
label-result = 诊断结果
label-result-title = 问诊结果
label-record = 问诊记录
label-no-questions = （没有问任何问题）
label-employee-said = 员工原话
label-number = 编号
label-problem = 问题
# The problem of a result whose solutions belong to several entries.
label-problem-several = 可能是以下几种情况之一
label-not-covered = 知识库未收录这种情况
label-from-text = 从描述得知
label-employee-words = 员工的原话
label-unconfirmed = 注意：FAQ { $ids } 没有得到确认（有问题答了“不确定”），请先核实情况是否相符。
label-several = 有 { $count } 个可能的解决方案，最可能的在前：
question-number = 问题 { $number }

# Where in an entry the passage of a search hit stands.
field-message = 屏幕提示
field-title = 标题
field-symptom = 症状
field-condition = 情况
field-cause = 原因
field-step = 步骤
field-note = 注意

tree-footer = { $solutions } 个解决方案，平均 { $mean } 个问题（含确认），最多 { $max } 个；{ $uncovered } 处结论为“知识库未收录”

## Questions in the terminal

# Above a menu: what is chosen, then the keys while it waits; once chosen, "✔ 回答 · 是".
prompt-answer = 回答
prompt-keys = { $prompt }（↑↓ 选择，回车确认，Esc 退出）
prompt-first-question = 已经是第一个问题了。
prompt-pick-entry = 选择一个条目
# Esc in show's list of entries.
show-left = 已退出，没有选择条目。
# A terminal that cannot move its cursor: the items are numbered, and one is typed.
menu-type-number = 输入编号并回车（q 退出）：
menu-no-such-number = 没有这个编号：请输入 { $first }–{ $last } 中的一个。

## What the commands say

overview-title = wecom-help：企业微信登录问题向导
overview-everyday = 常用命令：
overview-diagnose = 一步步问诊：回答是/否，找到解决方案
overview-list = 列出全部常见问题的编号和标题
overview-show = 查看一条：症状、原因和解决步骤
overview-search = 员工念出了屏幕上的提示？试试：wecom-help search 你的账号已被禁用
overview-help = 全部命令和选项：wecom-help --help（英文界面：--lang en）

diagnose-left = 已退出问诊，没有得出结论。
diagnose-from-text = 从描述中得知以下回答（不对的话可以用“返回上一步”撤回）：{ $facts }
diagnose-from-text-settled = 从描述中得知以下回答，不用再问：{ $facts }
diagnose-not-covered-advice = 知识库里没有与这些回答相符的条目。请把上面的问诊记录转给答疑老师处理，也可以用员工的原话再查一次：wecom-help search { $words }
diagnose-unused-answers = 注意：问诊已经得出结论，--answers 里最后 { $count } 个回答没有用上。
diagnose-unused-code = 注意：问诊已经得出结论，交接码里最后 { $count } 个回答没有用上。交接码可能抄错了：请对照网页上显示的交接码核对，结论不对的话重新输入。

search-nothing = 没有找到与“{ $query }”相关的条目。可以换个说法再查，或者用 `wecom-help diagnose` 一步步问诊。
# A hit whose own words match the query too little, shown because the knowledge base relates it to another hit.
search-related = 相关：知识库把它列为 FAQ { $id } 的相关条目

check-valid = 知识库完好（{ $origin }）：{ $entries } 个条目，{ $solutions } 个解决方案，{ $questions } 个问题；平均 { $mean } 个问题、最多 { $max } 个问题就能找到解决方案。
check-valid-large-tree = 知识库完好（{ $origin }）：{ $entries } 个条目，{ $solutions } 个解决方案，{ $questions } 个问题；但决策树太大（超过 { $limit } 个节点，或者要算太久），没有统计要问几个问题。很多条目的 facts 留空时会这样，请给条目写上更多的 facts。
# check-valid's $origin for the knowledge base compiled into the program.
embedded-kb = 内置知识库

## Part error: errors (the error- messages)

error-label = 错误：
# $label is error-label, coloured in a terminal.
error-line = { $label }{ $message }
error-kb-broken = 知识库有 { $count } 处问题，无法使用：
error-untranslated = 知识库有 { $count } 处还没有英文翻译：
error-kb-damaged = 内置知识库已损坏（{ $error }）。请重新安装 wecom-help。
# $variable is the environment variable's name, $value what it is set to.
error-unknown-language = { $variable }={ $value }：不支持这种语言。请设为 zh 或 en（如 en_US.UTF-8），或者不设。
error-no-such-command = 没有叫“{ $given }”的命令。`wecom-help help` 列出全部命令。
# Usage errors: what is wrong with the command line. $option is an option with its value's name.
error-usage-unknown-option = 没有 { $given } 这个选项。
error-usage-extra-argument = 多了一个参数“{ $given }”，这里用不上它。
error-usage-invalid-value = { $option } 不能取“{ $given }”。
error-usage-choices = 可以取：{ $choices }。
error-usage-missing-value = { $option } 后面要跟一个值。
error-usage-missing-argument = 缺少 { $needed }。
error-usage-repeated = { $option } 只能给一次。
error-usage-not-utf8 = 命令行里有不是 UTF-8 编码的文字。
error-usage-other = 命令行有误。
error-usage-other-argument = 命令行里的 { $argument } 有误。
error-usage-did-you-mean = 是不是要用 { $suggestion }？
error-usage-see-help = 加上 --help 可以查看用法。
error-no-such-entry = 没有编号为“{ $given }”的条目。有效编号是 { $first }–{ $last }，例如 `show { $last }`；有多个解决方案的条目可以写成 `show 16.2`。
error-need-number = 请给出条目编号，例如 `wecom-help show { $last }`（有效编号 { $first }–{ $last }）。这里没有终端，无法从列表中选。
error-no-such-solution = 条目 { $entry } 没有解决方案 { $given }。它的解决方案有：{ $choices }。
error-no-terminal = 下一步要问：{ $question } 但这里没有终端，无法交互提问。请用 --answers 给出回答，例如 `{ $example }`（这个问题可以答：{ $accepts }）。
error-tree-too-large = 决策树太大了（超过 { $limit } 个节点，或者要算太久），画不出来。很多条目的 facts 留空时会这样：请给条目写上更多的 facts，再用 wecom-help check 检查。
error-answers-run-out = --answers 里的回答用完了，还没有得出结论。下一个问题是：{ $question } 请在 --answers 末尾加上它的回答（可以答：{ $accepts }）。
error-answer-does-not-fit = --answers 的第 { $position } 个回答“{ $token }”不能回答这个问题：{ $question } 这里可以答：{ $accepts }。
error-bad-answer = --answers 的第 { $position } 个回答“{ $token }”看不懂。它要回答的问题是：{ $question } 这里可以答：{ $accepts }；回答之间用逗号隔开。
error-interrupted = 已中断。
error-would-overwrite = { $path } 已经存在，不会覆盖它。请换一个文件名，或者加 --force 覆盖。
error-save-dangling = { $path } 是一个指向不存在文件的符号链接，结果无法存到那里。还没有开始提问：请删除这个链接，或者用 --save 换一个文件名。
error-save-not-file = { $path } 不是普通文件（而是文件夹、设备等），结果无法存到那里。还没有开始提问：请用 --save 换一个文件名。
error-save-folder = 无法存到 { $path }：文件夹 { $folder } 不存在或者不能新建文件（{ $error }）。还没有开始提问：请用 --save 换一个位置。
error-save = 无法写入 { $path }（{ $error }）。结果已经显示在上面；请检查路径和权限后再存。
error-io = 输出失败：{ $error }
error-bad-resume-code = 交接码“{ $code }”看不懂：交接码是 6 位版本号、一个短横线，再加上回答，例如 3f9a1c-1.5.y。请照网页上显示的原样输入。
error-resume-kb-changed = 交接码“{ $code }”是在另一版知识库上得到的：知识库已经改过，这些回答可能对不上，所以没有沿用。请不带 --resume 重新问诊，问诊记录可以参考员工转来的内容。
error-bind = 无法在 { $address } 上提供网页：{ $error }
error-journal-not-a-database = { $path } 不是 wecom-help 的日志（不是 SQLite 数据库，或者已经损坏）。文件没有被改动：请用 --journal 换一个文件，或者把它移开后再试。
error-journal-not-a-journal = { $path } 是 SQLite 数据库，但不是 wecom-help 的日志。文件没有被改动：请用 --journal 换一个文件。
error-journal-newer = { $path } 是更新版本的 wecom-help 写的日志（结构版本 { $found }），这个版本不能读写它：请升级 wecom-help。
error-journal-busy = { $path } 正被别的程序占用，等了 { $seconds } 秒仍然写不进去：请稍后再试，或者查一下是谁一直占着它。
error-journal-read-only = { $path } 或它所在的文件夹不能写入：请检查权限，或者用 --journal 换一个位置。
error-journal-full = { $path } 写不进去：磁盘已满、超过了文件大小限制，或者读写出错。请清理磁盘空间、检查磁盘；已有的记录没有受影响。
error-journal-cannot-open = 打不开也建不了日志 { $path }：请检查它所在的文件夹是否存在、有没有权限。
error-journal-missing = 日志 { $path } 不存在：请检查 --journal 或 WECOM_HELP_JOURNAL 给的路径。
error-journal-folder = { $path } 是一个文件夹，不是日志文件：请用 --journal 给出文件夹里的一个文件，例如 { $path }/journal.sqlite3。
error-journal-empty = { $path } 里还没有任何记录：如果它是从别的电脑复制来的，请把同名的 -wal 文件一起复制（或者在那台电脑上用 sqlite3 的 .backup 导出一份）。
error-journal-other = 日志 { $path } 出错：{ $error }
error-no-journal = 不知道把日志存在哪里：没有 --journal，没有 WECOM_HELP_JOURNAL，也没有 HOME 或 XDG_DATA_HOME。请用 --journal 指定一个文件。

error-webhook-missing = --send 要把结果发到客服群，但环境变量 { $variable } 没有设置（或者是空的）。还没有开始提问：请把群机器人的 Webhook 地址设到这个变量里（不要写在命令行上：地址里有群机器人的密钥）。
error-webhook-not-http = 环境变量 { $variable } 不是以 http:// 或 https:// 开头、带主机名的网址。还没有开始提问：请设为群机器人的 Webhook 地址。
# Why a message did not reach the group, in one sentence: for error-not-sent… and the web page.
error-send-too-many = 群机器人一分钟内最多收 20 条消息，已经超过了（errcode 45009）。
error-send-refused = 群机器人没有收下消息：errcode { $errcode }，errmsg“{ $errmsg }”。
error-send-status = Webhook 地址回答了 HTTP { $status }，而不是 200。
error-send-unreadable = Webhook 地址的回答看不懂，不是群机器人的回答。
error-send-connection-refused = 连不上 Webhook 地址的服务器（连接被拒绝）。
error-send-host-not-found = 找不到 Webhook 地址里的服务器（域名解析失败），请检查网络。
error-send-timeout = Webhook 地址 { $seconds } 秒内没有回答。
error-send-closed = Webhook 地址的服务器没有回答就断开了连接。
error-send-tls = 无法和 Webhook 地址的服务器建立安全连接（HTTPS）。
error-send-network = 网络出错，消息没有发出去。
error-not-sent = 结果没有发到客服群：{ $reason }结果已经打印在上面，请把它贴到群里。
error-not-sent-too-many = 结果没有发到客服群：{ $reason }请等一分钟再发，或者把上面打印的结果贴到群里。
error-not-sent-partly = 结果分 { $total } 条，只发出了前 { $sent } 条，第 { $next } 条没有发出去：{ $reason }请把上面打印的第 { $next }–{ $total } 条贴到群里。

# What went wrong in an operation of the system (a file, a port), by its kind: error-os-…
error-os-not-found = 找不到这个文件或文件夹
error-os-permission-denied = 没有权限
error-os-already-exists = 已经存在
error-os-address-in-use = 这个端口已经被别的程序占用
error-os-address-not-available = 这台电脑没有这个地址
error-os-read-only = 这个位置只能读，不能写
error-os-no-space = 磁盘已满
error-os-quota = 超过了磁盘配额
error-os-too-large = 文件太大了
error-os-not-a-folder = 路径里有一部分不是文件夹
error-os-is-a-folder = 这是一个文件夹
error-os-bad-name = 文件名不能用
# A kind the catalog has no words for: the system's own text.
error-os-other = { $text }
error-bind-in-use = 无法在 { $address } 上提供网页：这个端口已经被别的程序占用（可能是另一个 wecom-help serve）。请用 --bind 换一个端口，例如 --bind 127.0.0.1:8081，或者先关掉占用它的程序。
# $option is an option with its value's name.
error-usage-empty-value = { $option } 的值是空的：请在后面写上它的值。
error-usage-form-bind = 要写 IP 地址加端口，例如 127.0.0.1:8080 或 0.0.0.0:8080；只写端口（8080 或 :8080）或 localhost:8080 表示只有本机能访问。
error-usage-form-limit = 要写一个从 1 起的整数，例如 --limit 10。
# What --answers may give at a question: the end of error-no-terminal, error-bad-answer and the like.
error-accepts-yes-no = y（是）、n（否）、?（不确定）、b（返回上一步）
error-accepts-choice = 序号 1–{ $count } 或选项代号、n（都不是）、?（记不清）、b（返回上一步）
error-resume-answer = 交接码“{ $code }”的第 { $position } 个回答“{ $token }”对不上它要回答的问题：{ $question } 这里可以答：{ $accepts }。交接码可能抄错了：请对照网页上显示的交接码重新输入（版本号后面、用点隔开的是回答）。
error-answer-past-result = --answers 的第 { $position } 个回答“{ $token }”看不懂。问诊在它之前已经得出结论，但它可能是打错的回答，所以没有给出结论：请改正或删掉它再试（可以答：y、n、?、b，选择题的序号或选项代号，用逗号隔开）。
# What a hand-off code may hold at a question: the end of error-resume-answer.
error-accepts-code-yes-no = y（是）、n（否）、u（不确定）
error-accepts-code-choice = 序号 1–{ $count }、n（都不是）、u（记不清）
error-bind-not-here = 无法在 { $address } 上提供网页：这台电脑没有这个地址。请用 --bind 127.0.0.1:{ $port }（只有本机能访问），或者 --bind 0.0.0.0:{ $port }（在这台电脑的所有地址上提供）。
error-journal-not-a-database-read = { $path } 不是 wecom-help 的日志（不是 SQLite 数据库，或者已经损坏），读不出记录。文件没有被改动：请检查 --journal 或 WECOM_HELP_JOURNAL 给的路径，它应该是 wecom-help serve 或 diagnose 记下的日志文件。
error-usage-no-words = search 后面没有要查的话：请写上员工的原话或屏幕上的提示，例如 wecom-help search 账号被禁用。

## Part kb: problems in a knowledge base (the kb- messages), what is wrong and what to do

kb-folder-missing = 知识库文件夹不存在。请检查 --kb 或 WECOM_HELP_KB 给的路径。
kb-folder-unopenable = 无法打开知识库文件夹（{ $error }）。请检查路径和权限。
kb-folder-not-a-folder = 这不是文件夹。--kb 要指向存放 questions.yaml 和条目文件的文件夹。
kb-folder-unreadable = 无法读取文件夹（{ $error }）。请检查权限。
kb-folder-denied = 没有权限打开这个文件夹。请检查它的权限（chmod）或换一个用户运行。
kb-folder-link = 这是指向文件夹的符号链接，不会跟着读取，里面的条目也就不会载入。请把文件直接放进知识库文件夹，或者删掉这个链接。
kb-folder-too-deep = 文件夹嵌套太深（超过 { $limit } 层），无法使用。知识库只需要两三层文件夹：请把文件移到上层。
kb-folder-too-large = 知识库的文件加起来超过 { $limit } MB，已停止读取。知识库最多支持约 1 万个条目：请删掉多余的文件，或把知识库拆成几个。
kb-folder-too-many-files = 知识库文件超过 { $limit } 个，已停止读取。知识库最多支持约 1 万个条目：请删掉多余的文件，或把知识库拆成几个。

kb-file-unreadable = 无法读取（{ $error }）。请检查权限。
kb-file-denied = 没有权限读取这个文件。请检查它的权限（chmod）或换一个用户运行。
kb-file-link-loop = 符号链接形成了循环，无法读取。请删掉这个链接。
kb-file-link-dangling = 符号链接指向的文件不存在。请删掉或修正这个链接。
kb-file-not-regular = 这不是普通文件（可能是管道、设备或文件夹），不会读取。请把它移出知识库文件夹。
kb-file-too-large = 文件太大（{ $size } 字节，上限 { $limit } 字节）。一个条目文件通常只有几 KB：请检查是不是放错了文件。
kb-file-grew-too-large = 文件太大（超过 { $limit } 字节）。请检查是不是放错了文件。
kb-file-utf16 = 文件是 UTF-16 编码（记事本里叫“Unicode”），不是 UTF-8。请在编辑器里选择“UTF-8”编码另存后再试。
kb-file-binary = 这是二进制文件，不是文本。请把它移出知识库文件夹。
kb-file-nul = 这里有一个空字符（NUL，编码 0），文本文件里不该有它（多半是复制粘贴或编辑器带进来的）。请删掉它。
kb-file-truncated = 文件在这里断了：最后一个字符不完整（文件可能没有保存完，或者被截断了）。请在编辑器里打开，补全结尾后重新保存。
kb-file-not-utf8 = 文件不是 UTF-8 编码（可能是 GBK 等旧编码）。请在编辑器里选择“UTF-8”编码另存后再试。
kb-file-empty = 文件是空的（只有空行、注释或“---”）。请写入内容，或者删掉这个文件。
kb-file-brackets = 方括号或花括号嵌套超过 { $limit } 层，这不是知识库文件该有的样子（可能是放错了文件）。请检查这个文件。
kb-file-aliases = 别名（*名称）展开后的内容太多，超过文件本身的好几倍。请直接写出文字，不要用锚点（&）和别名（*）反复引用大段内容。
kb-file-tag = 这里有 YAML 标签（以“!”开头，例如 !!binary）。知识库用不到标签，而带标签的值读出来可能和看上去不一样。请删掉标签，直接写出内容。

kb-yaml-tab = 这一行用了 Tab 缩进。YAML 只能用空格缩进：请把 Tab 换成空格（通常每层 2 个）。
kb-yaml-unknown-field = 不认识的字段“{ $field }”。请检查拼写，或删掉这一行。
kb-yaml-unknown-field-allowed = 不认识的字段“{ $field }”。这里能用的字段有：{ $allowed }。请检查拼写，或删掉这一行。
kb-yaml-missing-field = 缺少必填字段“{ $field }”。请补上它。
kb-yaml-boolean = 这里只能写 true（是）或 false（否）。注意：yes/no、是/否 都不算。
kb-yaml-solution-number = 解决方案编号要加引号，例如 "16.1"（不加引号时 16.10 会被读成 16.1）。
kb-yaml-number = 这里要写一个正整数编号（例如 15），不能是负数、小数或文字。
kb-yaml-wrong-type = 类型不对：这里需要{ $expected }，实际写的是{ $found }。
kb-yaml-documents = 一个文件里只能有一个 YAML 文档：请删掉多余的“---”分隔行，或把内容拆成多个文件。
kb-yaml-duplicate = 同一个字段写了两次。请删掉重复的那一行。
kb-yaml-duplicate-fact = facts 里的“{ $id }”写了两次，只有后一个答案会算数。请删掉其中一个。
kb-yaml-too-deep = 嵌套层数太深，无法读取。知识库文件不需要这么多层：请检查缩进。
kb-yaml-aliases = 文件里的锚点/别名（& 和 *）展开后过大，已拒绝。知识库文件不需要别名：请直接写出内容。
kb-yaml-incomplete = 文件是空的或者不完整。请补全内容（可参照其他条目文件）。
kb-yaml-other = YAML 格式有误。请检查这一行及上一行的缩进、冒号和引号。
kb-yaml-colon = 这一行多了一个“: ”（冒号加空格）。文字里有冒号时，请给整段文字加引号，例如 '提示：xx'。
kb-yaml-star = 以 * 开头的文字会被当成别名。请给这段文字加引号，例如 '*号'。
kb-yaml-reserved = 这段文字以 YAML 的保留字符（如 @ 或 `）开头。请给这段文字加引号。
kb-yaml-quote = 引号没有配对。请检查这段文字的开头和结尾是否都有同样的引号。
kb-yaml-indent = 缩进没有对齐。同一层的字段和列表项要用同样多的空格缩进。

# The kinds of value kb-yaml-wrong-type names.
kb-type-list = 列表（每行以“- ”开头）
kb-type-fields = 字段（“名称: 内容”）
kb-type-text = 文字
kb-type-number = 数字
kb-type-empty = 空值
kb-type-boolean = true 或 false
kb-type-true-false = true/false
kb-type-reference = 条目编号（如 3）或加引号的解决方案编号（如 "16.1"）
kb-type-other = 别的类型的值

kb-no-questions-file = 知识库里没有 { $file }。请在知识库文件夹的最上层放一个 { $file }，列出向导可以问的问题。
kb-no-entry-files = 知识库里没有条目文件。每个条目是一个 .yaml 文件，README 的“The knowledge base”一节有条目文件的完整示例。
kb-more-untranslated = 另外还有 { $count } 处没有英文，没有列出。
kb-more-problems = 另外还有 { $count } 处问题没有列出。请先改好上面这些，再运行 check 查看其余的。
kb-text-empty = “{ $field }”是空的。这是必填字段：请填上内容。
kb-text-control = “{ $field }”里有控制字符（{ $code }），它会在终端上乱码或改写屏幕。请删掉它。
kb-text-line-break = “{ $field }”只能写一行，里面却有换行（{ $code }），在列表和选单里它会显示成单独的一行。请写成一行。
kb-list-empty-item = “{ $field }”里有一项是空的。请填上内容或删掉那一项。

kb-questions-empty = 问题列表是空的。请至少写一个问题。
kb-question-id-invalid = 问题的 id 不能为空，也不能有空格。请用小写英文和下划线，例如 msg_scan。
kb-question-id-duplicate = 问题 id“{ $id }”重复了（第 { $line } 行已经有）。请给其中一个换个 id。
kb-question-id-reserved = 问题 id“{ $id }”和 --answers 的回答写法撞了（y、n、yes、no、none、back 之类或纯数字都是回答）。请换一个 id。
kb-question-phrase-long = 这个短语超过 { $limit } 个字。phrases 里写员工会说的短语或屏幕上的提示语即可：请缩短它。
kb-question-untranslated = 问题“{ $id }”还没有英文（en）。请在 text 下面加一行 en: 写上英文。
kb-question-unused = 问题“{ $id }”没有任何条目用到，向导永远不会问它。请在相关条目的 facts 里写上它的答案，或者删掉这个问题。
kb-question-option-untranslated = 问题“{ $id }”的选项文字（option）还没有英文。请在 option 下面加一行 option_en: 写上英文。
kb-question-link-unknown = { $field } 里的“{ $id }”不是 questions.yaml 里的问题。请改成已有问题的 id，或者先添加这个问题。
kb-question-after-choice = “{ $id }”是一道选择题，不能当作前提。请在 after 里写它的某个选项（是非题）。
kb-question-one-option = 选择题至少要有两个选项。请在 options 里再加一个，或者去掉 options，把它改成是非题。
kb-question-option-choice = “{ $id }”本身是选择题，不能当作另一道选择题的选项。请只列是非题。
kb-question-option-label = 问题“{ $id }”当作选项时没有文字。请在它下面加一行 option: 写上它作为选项时显示的话（例如屏幕上的提示语）。
kb-question-option-twice = 问题“{ $id }”已经是选择题“{ $other }”的选项了，一个问题只能属于一道选择题。请从其中一道的 options 里去掉它。
kb-question-after-cycle = 问题“{ $id }”的前提（after）绕了一圈又回到它自己，向导没法决定先问哪一个。请去掉其中一个前提。
kb-fact-choice = “{ $id }”是一道选择题，条目不能直接写它的答案。请写它的某个选项的答案（例如 { $option }: true）。
kb-fact-two-options = “{ $first }”和“{ $second }”都是选择题“{ $choice }”的选项，选了一个就不是另一个，不能都写 true。请只保留一个为 true。
kb-fact-premise = 这里写了“{ $id }”，但要先问“{ $premise }”并答“是”，这个问题才有意义。请在同一个条目里也写上 { $premise }: true，或者去掉 { $id }。
kb-confirm-unknown = confirm 里的“{ $id }”不是 questions.yaml 里的问题。请改成已有问题的 id。
kb-confirm-not-stated = confirm 里的“{ $id }”必须是这个解决方案在 facts 里写了答案的事实，否则向导无法确认它。请在 facts 里写上它的答案，或者从 confirm 里去掉它。

kb-entry-id-zero = 条目编号要从 1 开始。请改成一个正整数。
kb-entry-id-duplicate = 条目编号 { $id } 重复了：{ $other } 也用了这个编号。请给其中一个换个编号。
kb-entry-weight = weight 要大于 0（默认 1；越常见的问题写得越大）。
kb-entry-no-solutions = 条目没有解决方案。请在 solutions 下至少写一个，带 steps。
kb-solution-no-steps = 解决方案没有步骤。请在 steps 下至少写一步。
kb-related-not-a-number = related 里的“{ $given }”不是条目编号。请写成 3 或 "16.1" 这样的编号。
kb-related-missing = related 里的 { $id } 不存在。请改成已有的条目或解决方案编号。
kb-related-self = related 里的 { $id } 就是本条目。请只列出别的条目。
kb-related-duplicate = related 里的“{ $given }”和前面的一项都是 { $id }。请删掉重复的一项。
kb-fact-unknown = facts 里的“{ $id }”不是 questions.yaml 里的问题。请检查拼写，或者先在 questions.yaml 里加上这个问题。
kb-fact-repeated = “{ $id }”在条目的 facts 里已经写过了。解决方案的 facts 只写区分各个解决方案的问题：请删掉其中一处。

-kb-indistinguishable-tail = 的 facts 没有任何一个问题答案相反，向导永远分不开它们。请给其中一个加一个答案相反的事实（必要时在 questions.yaml 里加一个新问题）。
kb-indistinguishable = 解决方案 { $first } 和 { $second } { -kb-indistinguishable-tail }
kb-indistinguishable-files = 解决方案 { $first } 和 { $second }（{ $file }）{ -kb-indistinguishable-tail }
kb-indistinguishable-many = 解决方案 { $first }、{ $second } 和另外 { $more } 个解决方案的 facts 完全相同，向导永远分不开它们。请给每个解决方案加上把它和其他解决方案区分开的事实（必要时在 questions.yaml 里加新问题），或删掉重复的条目。
kb-too-many-fact-sets = 知识库有 { $count } 种不同的解决方案事实组合，超过了支持的 { $limit } 种，无法检查它们能否区分开。请把知识库拆小（每个知识库最多约 1 万个条目）。

kb-entry-untranslated = 条目 { $id } 还没有英文翻译。请在文件末尾加上 en: 部分（格式见 README）。
kb-en-count = 英文（en）的 { $what } 有 { $en } 项，中文有 { $zh } 项。英文要和中文一项对一项。
# $what of kb-en-count: a field of one solution.
kb-en-solution-field = solutions 第 { $case } 个的 { $field }
kb-en-empty-text = 英文（en）里有空的文字。请填上译文或删掉那一项。

kb-synonyms-group-small = 同义词组至少要有两个词，例如 [企业微信, 企微]。请补上或删掉这一组。
kb-synonyms-word-long = 这一组里有一个词超过 { $limit } 个字。同义词和虚词都应是短词：请缩短它或删掉。
kb-synonyms-empty-word = 同义词组里有一个空词（或只有标点）。请删掉它。
kb-synonyms-word-twice = “{ $word }”在第 { $line } 行的同义词组里已经有了。一个词只能属于一组：请合并这两组或删掉一处。
kb-synonyms-word-repeated = “{ $word }”在这一组里写了不止一次。请删掉重复的。
kb-fillers-empty-word = fillers 里有一个空词（或只有标点）。请删掉它。
kb-fillers-in-group = “{ $word }”已经在同义词组里了，不能同时是 fillers。请删掉一处。
kb-fillers-word-twice = “{ $word }”在 fillers 里写了不止一次。请删掉重复的。

# A field left out of an entry's en: section; $what is a field name or a kb-en-solution-field.
kb-en-missing = 条目 { $id } 的英文（en）部分缺少 { $what }：请照中文的 { $what } 写上它的英文译文。补上之前，英文界面在这里显示中文。
kb-en-extra = 条目 { $id } 的英文（en）部分有 { $what }，中文却没有。中文是准的：请删掉英文的 { $what }，或者补上中文的 { $what }。
kb-folder-no-yaml = 这个文件夹里没有任何 .yaml 文件，不像是知识库文件夹。请检查 --kb 或 WECOM_HELP_KB 给的路径：它要指向存放 questions.yaml 和条目文件的文件夹。
kb-yaml-unclosed-quote = 第 { $line } 行的文字以 { $quote } 开头，却没有用 { $quote } 结尾：引号没有闭合，多半是这里出的错。请在这段文字末尾补上 { $quote }，或者删掉开头的 { $quote }。YAML 解析器到第 { $parser_line } 行第 { $parser_column } 列才发现出错，它在那里的说明是：{ $explained }
kb-yaml-wrong-type-field = { $field } 要写{ $expected }，实际写的是{ $found }。
kb-text-empty-optional = “{ $field }”是空的。请填上内容，或者删掉这个字段。
# A number or true/false written in quotes, where a number or true/false is wanted: $value as
# written, $bare without the quotes.
kb-yaml-quoted = 写成了带引号的文字 { $value }：去掉引号，写成 { $bare }。
# $example is the related line as the files write it, with the numbers given.
kb-yaml-related-list = related 要写成带引号的编号列表，例如 { $example }（实际写的是{ $found }）。
kb-phrase-empty = “phrases”里有一项是空的：请删掉这一项。

## Part cli: the command line's help (the cli- messages), for --help, the man page and completions

cli-about = 企业微信登录问题向导：一步步提问，找到对应的解决方案。
cli-long-about =
    { cli-about }

    常用：`wecom-help diagnose` 开始问诊，`wecom-help list` 列出全部问题，`wecom-help show 15` 查看一条。
cli-kb = 从这个文件夹加载知识库，代替内置的知识库
cli-color = 颜色：auto（默认，终端里才用颜色）、always 或 never；也认 NO_COLOR
cli-lang = 语言：zh（中文，默认）或 en（English）
# After the options of the whole command line.
cli-environment = 环境变量：WECOM_HELP_KB 同 --kb，WECOM_HELP_LANG 同 --lang（如 en、en_US.UTF-8），WECOM_HELP_JOURNAL 同 --journal，WECOM_HELP_WEBHOOK 是客服群机器人的地址（diagnose --send 和 serve 用）；空值等于没设。

# The words around the help texts: headings, and the help of --help and --version.
cli-heading-usage = 用法
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
# A heading of the help, with its colon.
cli-heading = { $heading }：
# [OPTIONS] in the usage line: wecom-help [OPTIONS] [COMMAND].
cli-usage-options = 选项
# The names of values in usage lines and help: --kb <DIR>, search <QUERY>...
cli-value-answers = 回答
cli-value-color = 颜色
cli-value-command = 命令
cli-value-dir = 文件夹
cli-value-file = 文件
cli-value-format = 格式
cli-value-lang = 语言
cli-value-n = 条数
cli-value-number = 编号
cli-value-query = 要查的话
cli-value-shell = 命令行外壳
cli-value-text = 描述
cli-flag-help = 显示帮助
cli-flag-help-more = 显示帮助（--help 显示更多）
cli-flag-help-summary = 显示帮助（-h 只显示摘要）
cli-flag-version = 显示版本号

# --format of the commands that print through a renderer (diagnose, search, list, show).
-cli-format = 输出格式：text（默认）、markdown 或 json

cli-diagnose = 问诊：逐个回答问题，找到解决方案
cli-diagnose-answers = 预先给出回答，不用交互，用逗号隔开：是非题 y 是、n 否、? 不确定；选择题写序号或选项代号，n 都不是、? 记不清；b 返回上一步
cli-diagnose-message = 从员工的原话或看到的提示语开始：原话里已经说明的就不再问
cli-diagnose-save = 把结果（问诊记录和解决方案）另存到这个文件，格式同 --format
cli-diagnose-force = 与 --save 一起用：文件已存在时覆盖它
cli-diagnose-format = 输出格式：text（默认）、markdown、json，或 wecom（企业微信群机器人的 Markdown，长的分成几条消息）
cli-diagnose-resume = 从网页给出的交接码接着问诊：先沿用交接码里的回答，再问剩下的
cli-diagnose-send = 把结果也发到客服群：发给环境变量 WECOM_HELP_WEBHOOK 里的群机器人地址，格式是 wecom（结果照样打印出来）
cli-diagnose-examples =
    例：
      wecom-help diagnose                          在终端里用方向键回答
      wecom-help diagnose --answers 1,5            预先给出回答（选择题写序号，是非题 y 是、n 否）
      wecom-help diagnose --message 你的账号已被禁用   从员工看到的提示语开始
      wecom-help diagnose --answers 1,5 --format markdown   结果以 Markdown 输出，方便贴到工单
      wecom-help diagnose --resume 986683-1.5      从网页给出的交接码接着问诊
      wecom-help diagnose --answers 1,5 --send     把结果发到客服群（机器人的地址见环境变量）

cli-search = 用员工的原话查找条目（提示语、一句描述或关键词）
cli-search-query = 要查找的话，可以是整句、片段或几个词
cli-search-limit = 最多显示几条（默认 { $default }）
cli-search-format = { -cli-format }
cli-search-examples =
    例：
      wecom-help search 你的账号已被禁用
      wecom-help search 扫码 同事
      wecom-help search 改了手机号收不到邀请 --limit 3

cli-list = 列出全部条目：编号和标题
cli-list-format = { -cli-format }
cli-list-examples =
    例：
      wecom-help list
      wecom-help list --format json

cli-show = 查看一个条目的症状、原因和解决步骤
cli-show-id = 条目编号（如 15），或解决方案编号（如 16.2）；不写时在终端里从列表中选
cli-show-format = { -cli-format }
cli-show-examples =
    例：
      wecom-help show 15        条目 15 的全部内容
      wecom-help show 16.2      只看条目 16 的情况二
      wecom-help show 15 --format markdown

cli-tree = 显示向导使用的决策树
cli-tree-format = 输出格式：text（默认）、markdown、json，或画成图：dot（Graphviz）、mermaid
cli-tree-examples =
    例：
      wecom-help tree
      wecom-help tree --format json

cli-completions = 生成命令行补全脚本（bash、zsh、fish、powershell、elvish）
cli-completions-shell = 哪种命令行外壳（shell）：bash、zsh、fish、powershell 或 elvish
cli-completions-examples =
    例：
      source <(wecom-help completions bash)
      wecom-help completions zsh > ~/.zfunc/_wecom-help

cli-man = 输出 man 手册页
cli-man-examples =
    例：
      wecom-help man | man -l -
      wecom-help man > wecom-help.1

cli-check = 检查知识库是否完好
cli-check-format = 输出格式：text（默认）或 json（问题逐条列出，给编辑器和 CI 用）
cli-check-examples =
    例：
      wecom-help check              检查内置知识库
      wecom-help check --kb ./faq   检查正在编辑的知识库文件夹

cli-help = 查看全部命令或某个命令的帮助（同 --help）
cli-help-command = 哪个命令；不写时是全部命令的总览
cli-help-examples =
    例：
      wecom-help help
      wecom-help help diagnose

# The man page (wecom-help man): its section headings, and what the help does not say. The
# commands' sections are made of the messages above.
cli-manual-name = 名称
cli-manual-synopsis = 概述
cli-manual-description = 描述
cli-manual-options = 选项
cli-manual-options-everywhere = 这些选项适用于每个命令，写在命令名之前或之后都可以。
cli-manual-commands = 命令
cli-manual-exit-status = 退出状态
cli-manual-exit-0 = 完成：得到了结果、显示了条目、知识库完好、stats 给出了报告或能少问问题的权重，或 serve 收到 SIGTERM 或 Ctrl-C 后停止。
cli-manual-exit-1 = 没有结果：知识库没有收录这种情况（diagnose），在向导或 show 的列表中按了 Esc 退出，search 什么也没找到，或 stats --weights 的问诊次数不够、没有值得改的权重。
cli-manual-exit-2 = 输入有误：编号不存在、--answers 有误、预先给出的回答不够、没有终端可以提问、--save 的文件已存在或无法存到那里、输出写不进去（磁盘已满）、知识库有问题或缺少英文（check）、WECOM_HELP_LANG 不是已知的语言、--resume 的交接码看不懂或来自另一版知识库、serve 无法监听给出的地址、diagnose --send 或 serve 时 WECOM_HELP_WEBHOOK 不是 http(s) 网址（--send 时没有设置也是），stats 没有日志可读、日志读不了或日期写错，stats --weights --apply 没有 --kb 或写不了条目文件，或命令行用法有误。
cli-manual-exit-3 = 没有发出去：结果已经显示（用了 --save 的也已存好），但 diagnose --send 没能把它全部发到客服群：群机器人拒收、回答有误、连不上或超时。
cli-manual-exit-130 = 被中断：按了 Ctrl-C、终端关闭或挂断（SIGHUP），或收到 SIGTERM。
cli-manual-environment = 环境变量
cli-manual-env-kb = 知识库文件夹，同 --kb。
cli-manual-env-lang = 语言，同 --lang：zh 或 en，也可以是 locale 名称，取其中的语言部分，不分大小写（EN、en_US.UTF-8、zh_CN.UTF-8）；C 和 POSIX 不指定语言，用默认的。其他值是错误，会指出是哪个变量（退出码 2）。
cli-manual-env-journal = 日志文件（SQLite），同 --journal：diagnose 把每次问诊记在里面，search 记下什么也没查到的话，stats 读它。手机号、邮箱和身份证号在写入前就被遮住。serve 不设时用数据文件夹里的 wecom-help/journal.sqlite3（$XDG_DATA_HOME，或 ~/.local/share）。
cli-manual-env-webhook = 客服群的企业微信群机器人的 Webhook 地址（http:// 或 https://，含密钥）：diagnose --send 把结果发到这里，设置了它的 serve 在交接页上多一个“发给客服群”的按钮（每分钟最多发 20 条）。只从这个变量读取，从不显示。不是 http(s) 网址时 diagnose --send 和 serve 都不开始（退出码 2）。
cli-manual-env-no-color = 只要设置了（即使为空）：--color auto 时不用颜色。
cli-manual-env-clicolor-force = 设置为 0 以外的值：--color auto 时即使输出不是终端也用颜色。
cli-manual-env-precedence = 命令行上的选项优先于对应的环境变量；WECOM_HELP_KB、WECOM_HELP_LANG、WECOM_HELP_JOURNAL 和 WECOM_HELP_WEBHOOK 设置为空等于没有设置。
cli-manual-files = 文件
cli-manual-files-intro = 用 --kb 或 WECOM_HELP_KB 指定的知识库是一个文件夹（源代码中的 faq），包含下列文件；不指定时使用程序内置的知识库。每次修改后运行 wecom-help check --kb DIR 检查。
cli-manual-file-questions = 向导可能提出的是非问题，按优先顺序排列。
cli-manual-file-synonyms = 搜索时视为相同的词，以及搜索时忽略的词。
cli-manual-file-entries = 每个条目一个文件（文件名以 .yaml 结尾即可，可放在子文件夹中）。

cli-value-code = 交接码
cli-serve = 以网页提供问诊、条目和搜索（员工用手机打开）
cli-serve-bind = 监听的 IP 地址和端口（默认 { $default }，只有本机能访问；只写端口如 8081，或 localhost:8081，也是只有本机）。要让别人访问，请放在反向代理后面
cli-value-address = 地址
cli-serve-examples =
    例：
      wecom-help serve                          在 http://127.0.0.1:8080/ 提供网页
      wecom-help serve --bind 8081              在本机的 8081 端口提供（反向代理转到这里）

cli-diagnose-journal = 把这次问诊记入这个日志文件（SQLite，没有就新建；同 WECOM_HELP_JOURNAL）
cli-search-journal = 什么也没查到时，把要查的话记入这个日志文件（手机号、邮箱、身份证号先遮住）
cli-serve-journal = 记录会话的日志文件（默认是数据文件夹里的 wecom-help/journal.sqlite3）
cli-stats = 统计日志：哪些问题常见、哪些方案没能解决问题、哪些情况知识库还没收录
cli-stats-journal = 要读的日志文件，可以给多个（比如每台电脑一个）；不给时读 WECOM_HELP_JOURNAL，再不然读 serve 默认的日志
cli-stats-since = 从这一天起（含这一天，按本机时区），如 2026-12-01
cli-stats-until = 到这一天为止（含这一天，按本机时区）
cli-stats-weights = 根据实际问诊的结果，给各条目建议新的权重（weight）
cli-stats-apply = 与 --weights 一起用：把建议的权重直接写进 --kb 的条目文件
cli-stats-format = 输出格式：text（默认，带条形图）、json，或 html（一个能直接打开或转发的网页）
cli-stats-examples =
    例：
      wecom-help stats --journal journal.sqlite3                    看统计
      wecom-help stats --journal a.sqlite3 b.sqlite3 --since 2026-12-01
      wecom-help stats --format html > report.html                  生成网页报告
      wecom-help stats --weights --kb faq                           建议新的权重（补丁）
cli-value-date = 日期

## Part web: the pages of `wecom-help serve` (the web- messages)

web-site = 企业微信登录问题自助排查
web-skip = 跳到正文
web-serving = 网页已启动：{ $url }（按 Ctrl-C 停止）
web-journal = 会话记在日志 { $path } 里（--journal 或 WECOM_HELP_JOURNAL 可以换一个文件）
web-journal-behind = 日志写得太慢，积压的记录太多，丢掉了一条：请检查是不是有别的程序一直占着日志。
web-stopping = 正在停止：等正在处理的请求完成。
web-go-home = 回到首页
web-home-title = 企业微信登录不了？
web-home-wizard-title = 一步步排查
web-home-wizard = 回答几个简单的问题，找到对应的解决办法。
web-start = 开始排查
web-home-list = 全部问题
web-all-entries = 查看全部问题
web-search-label = 把屏幕上的提示或你的问题写在这里
web-search-button = 搜索
web-search-title = 搜索
web-search-nothing = 没有找到相关的问题。可以换个说法再搜，或者一步步排查。
web-search-hits = 找到 { $count } 个相关问题
# After it, when some of the list is there only as related to a hit.
web-search-hits-related = 另有 { $count } 个知识库列为相关的条目
web-search-or-wizard = 不确定是哪一个？
web-search-wizard = 从这句话开始一步步排查
web-progress = 第 { $number } 题（已回答 { $answered } 题）
web-from-text = 从你的描述得知
web-back = 上一步
web-result = 排查结果
web-solved-question = 问题解决了吗？
web-solved-yes = 解决了
web-solved-no = 没解决
web-solved-title = 太好了，问题解决了
web-solved-text = 谢谢反馈。以后遇到登录问题，可以随时回来查。
web-not-covered-text = 知识库里没有与这些回答相符的问题。请把下面的记录转给答疑老师处理。
web-handoff-title = 转给答疑老师
web-handoff-text = 请把下面的交接码告诉答疑老师，或者把问诊记录复制后在企业微信里转发给答疑老师。
web-handoff-code = 交接码
web-handoff-desk = 答疑老师在电脑上输入下面的命令，就能沿用这些回答接着排查：
web-handoff-transcript = 问诊记录（可以复制后在企业微信里转发）
web-handoff-tried = 员工按 { $solutions } 的步骤操作后，问题仍未解决。
web-handoff-code-line = 交接码：{ $code }（wecom-help diagnose --resume { $code }）
web-bad-answers = 这个链接里的回答看不懂
web-bad-answers-text = 链接里的回答和问题对不上：链接可能不完整，或者知识库已经更新。请回到首页重新开始排查。
web-not-found = 找不到这个页面
web-not-found-text = 这个地址没有对应的页面。可以回到首页搜索或一步步排查。
web-too-long-title = 地址太长了
web-too-long-text = 这个链接太长，无法处理。请回到首页重新开始。
web-headers-too-large-title = 请求太大了
web-headers-too-large-text = 浏览器发来的信息太多，无法处理。请清除这个网站的 Cookie 后再试。
web-send-intro = 也可以直接把问诊记录和交接码发到客服群，答疑老师会在群里看到。
web-send-button = 发给客服群
web-sent-title = 已发到客服群
web-sent-text = 问诊记录和交接码已经发到客服群，答疑老师会尽快处理。交接码请留着备用：
web-send-failed-title = 没有发出去
web-send-failed-text = 问诊记录没有发到客服群：{ $reason }请把下面的交接码告诉答疑老师。
web-send-partly-text = 问诊记录分 { $total } 条，只发出了前 { $sent } 条：{ $reason }请把下面的交接码告诉答疑老师。
web-send-busy-title = 现在发送的人太多了
web-send-busy-text = 客服群一分钟内最多收 { $limit } 条消息。请过一分钟再试，或者把下面的交接码告诉答疑老师。
web-send-elsewhere-title = 只能从本站的页面发送
web-send-elsewhere-text = 这个请求来自别的网站，没有发给客服群。请在本站的交接页上点“发给客服群”。
web-not-covered-advice = 知识库里没有与这些回答相符的条目。请把上面的问诊记录转给答疑老师处理。
web-not-covered-search = 也可以换个说法再搜一次
web-no-such-entry = 没有编号为“{ $given }”的问题。问题的编号是 { $first }–{ $last }，可以在全部问题里找。
web-no-such-solution = 问题 { $entry } 没有解决方案 { $given }。它的解决方案是：
web-whole-entry = 查看问题 { $entry } 的全部内容
web-progress-described = 第 { $number } 题（{ $answered ->
        [0] 从你的描述得知 { $said } 题
       *[other] 已回答 { $answered } 题，另有 { $said } 题从你的描述得知
    }）
web-feedback-elsewhere-title = 只能在本站的页面上反馈
web-feedback-elsewhere-text = 这个请求来自别的网站，没有记下。请在本站的排查结果页上点“解决了”或“没解决”。

## Part desk: the journal, stats and the group robot (the journal-, stats-, weights- and wecom- messages)

# The journal on the command line: $reason is one of the error-journal- messages.
journal-not-recording = 日志用不了，这次不会记录，其余照常：{ $reason }
journal-not-recorded = 这次没能记入日志，结果照常有效：{ $reason }
# What stands in a journal for a masked mobile number, e-mail address and ID number.
journal-mask-mobile = [手机号]
journal-mask-email = [邮箱]
journal-mask-id-card = [身份证号]

## Weights

# stats --weights: weights for the entries proposed from the journals. $journals is how many
# journals were read, $sessions the sessions with a result counted.
weights-heading = 按日志提出的条目权重：{ $journals } 个日志里有 { $sessions } 次问诊得出了结论，每次算在最先给出的解决方案所属的条目上。
# The table's columns.
weights-column-entry = 条目
weights-column-sessions = 问诊
weights-column-share = 占比
weights-column-current = 现在的权重
weights-column-proposed = 建议的权重
weights-column-title = 标题
weights-rule = 建议的权重 = { $solutions } ×（该条目的问诊次数 + 1）÷（问诊总数 + { $entries }）÷ 该条目的解决方案数，保留两位有效数字：没出现过的条目也不会是 0。问诊时每个解决方案都按所属条目的权重计，所以条目的份额分给它的各个解决方案；解决方案的平均权重是 1。
# $before and $after: the mean questions per session, with the current and the proposed weights.
weights-expected = 按日志里各个解决方案出现的次数，平均每次问诊要问 { $before } 个问题（含确认），用建议的权重是 { $after } 个。
weights-fewer = 建议的权重平均每次少问 { $fewer } 个问题。
weights-no-gain = 建议的权重不会让问诊变短（平均问题数没有减少），所以不建议修改，没有给出补丁。
weights-unchanged = 现在的权重已经和日志相符，没有需要修改的。
weights-too-few = 日志里只有 { $sessions } 次得出结论的问诊，至少要 { $minimum } 次（平均每个条目 3 次，且不少于 50 次）才能据此提出权重。没有给出补丁。
weights-unknown = 另有 { $count } 次问诊的结论是这个知识库里已经没有的解决方案，没有计入。
weights-other-versions = 注意：另有 { $count } 次问诊是在另一个版本的知识库上做的，它们记下的解决方案编号可能已经另有所指，没有算进去。
weights-patch-folder = 补丁如下，路径相对于知识库文件夹 { $folder }。审阅后在该文件夹里用 git apply（或 patch -p1）应用，再运行 wecom-help check --kb 检查，然后提交。
weights-patch-embedded = 补丁如下，针对内置知识库，路径相对于源代码里的 faq/ 文件夹。审阅后在 faq/ 里用 git apply（或 patch -p1）应用，运行 wecom-help check --kb faq 检查，提交后重新编译。
weights-applied = 已把新的权重写入 { $count } 个文件：{ $files }。重新读取 { $folder } 无误，wecom-help check 会通过；用 git diff 看改动，再提交。
# Errors of stats --weights: what went wrong, and that no file was changed.
weights-no-html = stats --weights 没有 HTML 格式：请用 --format text（表格和补丁）或 --format json。
weights-apply-needs-kb = --apply 要改写条目文件，请用 --kb 指定知识库文件夹。内置的知识库改不了：去掉 --apply 运行，把输出的补丁应用到源代码的 faq/ 文件夹。
weights-no-journal = 没有要读的日志：请用 --journal 指定日志文件，或设置 WECOM_HELP_JOURNAL。
weights-cannot-place = 没法在 { $path } 里自动写入 weight（找不到顶层的 id: 行，或者改完后读出来不一样）。没有改动任何文件：请手动修改这个文件的 weight。
weights-read-only = { $path } 是只读的。没有改动任何文件：先去掉只读属性再试，或者去掉 --apply，只输出补丁。
weights-write-failed = 写入 { $path } 时出错（{ $error }）。没有改动任何文件。
weights-rename-failed = 替换 { $path } 时出错（{ $error }）。已经替换的文件都恢复了原样，没有改动任何文件。
weights-not-restored = 替换 { $path } 时出错（{ $error }），而且这些已经改过的文件没能恢复：{ $files }。请用 git checkout 或备份恢复它们。
weights-reload-failed = 写入后重新读取 { $folder }，结果和预期的不一样（可能有别的程序同时改了这些文件）。所有文件都恢复了原样，没有改动任何文件。
weights-reload-not-restored = 写入后重新读取 { $folder }，结果和预期的不一样，而且这些文件没能恢复：{ $files }。请用 git checkout 或备份恢复它们。

## Statistics

# The report of `stats`, as text and as a web page. Counts are sessions unless said otherwise.
stats-title = 问诊统计
# $journals: each journal as stats-journal, joined by list-separator.
stats-journals = 读取的日志：{ $journals }
stats-journal = { $path }（{ $sessions } 次问诊）
# $period: one of the stats-period- messages below; $zone such as UTC+08:00.
stats-period = 时间范围：{ $period }（本机时间，{ $zone }）
stats-period-all = 全部记录
stats-period-between = { $since } 至 { $until }
stats-period-since = { $since } 起
stats-period-until = 截至 { $until }
stats-seen = 问诊记录从 { $first } 到 { $last }
stats-empty = 这段时间里没有问诊记录，也没有什么都没查到的搜索。
stats-overview = 概况
stats-sessions = 问诊 { $sessions } 次，找到方案的平均回答 { $mean } 个问题（从描述得知的不算）
stats-outcome-found = 找到方案
stats-outcome-not-covered = 知识库未收录
stats-outcome-abandoned = 中途放弃
stats-channel-web = 网页
stats-channel-cli = 命令行
stats-other-versions = 注意：有 { $count } 次问诊记录的是另一个版本的知识库（现在的版本是 { $version }），这些记录里的条目和问题编号可能对不上。
stats-entries = 各条目的问诊次数
stats-solutions = 各解决方案的问诊次数
stats-unknown-id = （现在的知识库里没有这个编号）
stats-unknown-question = （现在的知识库里没有这个问题：{ $id }）
stats-feedback = 解决了吗：员工的反馈
stats-feedback-about = 只有网页上的问诊会问员工。条形是“没解决”占反馈的比例，没解决最多的在前。
stats-not-solved = 没解决 { $not_solved } / 反馈 { $rated }（{ $percent }%）
stats-key-not-solved = 没解决
stats-key-solved = 解决了
stats-unrated = 没有反馈：{ $ids }
stats-no-feedback = 还没有任何反馈：只有网页上的问诊会问员工解决了没有。
stats-gaps = 知识库的空缺：未收录的情况
stats-gaps-about = 员工描述的情况，相似的归为一组，最常见的在前。
stats-times = { $count } 次
stats-alike = 相似的：{ $examples }
stats-example = “{ $text }”（{ $count } 次）
stats-others = 另有 { $count } 次的描述较少见，没有列出。
stats-untold = 另有 { $count } 次未收录的问诊没有留下描述。
stats-unsure = 最常答“不确定”的问题
stats-unsure-count = 不确定 { $unsure } / 回答 { $answered }
stats-stopped = 中途放弃时停在的问题
stats-searches = 什么都没查到的搜索
stats-none = 没有。
stats-footer = 由 wecom-help 生成；知识库版本 { $version }。
# Why stats cannot start.
stats-no-journal = 没有要读的日志：请用 --journal 给出一个或多个日志文件（比如每台电脑一个），或者设置 WECOM_HELP_JOURNAL。
stats-bad-date = { $option } 的日期“{ $given }”看不懂：请写成 YYYY-MM-DD，如 2026-12-01（按本机时区，这一天算在内）。
stats-no-such-day = { $option } 的日期“{ $given }”没有这一天：请检查月份（1–12）和这个月的天数。
stats-no-journal-default = 没有要读的日志：默认的日志 { $path }（serve 在那里记录）不存在。请用 --journal 给出一个或多个日志文件（比如每台电脑一个），或者设置 WECOM_HELP_JOURNAL。
stats-until-before-since = --until { $until } 在 --since { $since } 之前，这段时间不存在：请检查两个日期。

## WeCom group robot

# Inside the messages of a result sent as several: the first line of each but the first, the
# last line of each but the last.
wecom-continued = （续上条）
wecom-continues = （接下条）
# Printed above each message of a result in several, outside the message.
wecom-part = —— 第 { $number }/{ $total } 条 ——
wecom-sent = 已发到客服群：{ $count } 条消息。
# stats-sessions with "not covered" sessions, whose mean is said apart.
stats-sessions-not-covered = 问诊 { $sessions } 次，找到方案的平均回答 { $mean } 个问题，知识库未收录的平均回答 { $uncovered } 个（从描述得知的不算）
# stats-empty without --since or --until: the whole journal.
stats-empty-journal = 日志里还没有问诊记录，也没有什么都没查到的搜索。
