#!/usr/bin/env python3
"""Fills a journal, already created by wecom-help itself (so its tables come from the program's
own migrations), with N generated sessions and M searches that found nothing, mixed the way a
busy support desk would see them.

Usage: gen-journal.py JOURNAL SESSIONS SEARCHES < tree.json
       (tree.json: the output of `wecom-help tree --format json`)

The answer paths are the decision tree's own, to every leaf, some solutions far more common than
others; a few answers are turned into "unsure". Web sessions (60%) carry a session key and, when
a solution was found, the employee's feedback half of the time. A third of the sessions start
from a description; "not covered" sessions carry one of a few thousand variants of real-sounding
problems the knowledge base does not cover; 5% of the sessions are abandoned part way; 3% were
recorded against an older knowledge base. Times spread over 90 days. Deterministic (seeded).
"""

import json
import random
import sqlite3
import sys
import uuid

DAY = 86_400

# Problems the knowledge base does not cover, as employees put them; variants are made of these.
UNCOVERED = [
    "视频通话没声音", "视频会议听不到对方说话", "企业微信老是闪退", "旧手机企业微信打不开",
    "个人微信密码忘了", "企业微信怎么排班", "登录的时候提示网络连接失败", "工资条在哪里看",
    "打卡定位不准", "企业微信收不到消息通知", "电脑版企业微信扫码登录没反应", "群聊被解散了怎么恢复",
    "聊天记录丢了", "换了手机聊天记录怎么迁移", "企业微信怎么改名字", "头像上传不了",
    "审批流程卡住了", "客户联系里加不了客户", "微盘文件打不开", "企业微信占内存太大",
    "ipad 上登录不了企业微信", "收不到验证码短信", "人脸识别一直失败", "企业邮箱绑定失败",
    "会议室预定不了", "日程提醒不响", "企业微信怎么开发票", "离职了还能看到群消息吗",
    "门店的打印机连不上", "MTDS 报表导不出来",
]
PREFIXES = ["", "", "", "员工说", "门店反馈", "店长问", "请问", "急：", "老师好，"]
SUFFIXES = ["", "", "", "怎么办", "，急", "？", "，怎么处理", "，手机号 [手机号]", "，一直这样", "了"]
# Words searched for that find nothing.
SEARCHES = [
    "工资条", "排班", "打卡", "闪退", "发票", "视频没声音", "年假", "报销", "wifi", "打印机",
    "会议室", "请假", "加班", "考勤", "密码忘了", "扫码没反应", "群解散", "聊天记录",
]
# Descriptions of problems the knowledge base does cover (kept by sessions that found a solution).
DESCRIBED = [
    "你的账号已被禁用", "员工登录企微弹出来说用户投诉，账号被限制登录", "邀请链接过期了，点开没用",
    "提示让同事扫码确认身份", "从企业微信进MTDS提示该企业微信尚未绑定任何UC用户信息",
]


def leaves(node, path):
    """Every leaf under `node`: the (question, answer) pairs to it and its solutions."""
    if "question" not in node:
        yield path, node.get("solutions", [])
        return
    q = node["question"]["id"]
    if "options" in node:
        for option in node["options"]:
            yield from leaves(option["then"], path + [(q, option["option"]["id"])])
        yield from leaves(node["none"], path + [(q, "none")])
    else:
        yield from leaves(node["yes"], path + [(q, "yes")])
        yield from leaves(node["no"], path + [(q, "no")])


def main():
    journal, sessions, searches = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(17)
    paths = list(leaves(json.load(sys.stdin), []))
    # Some problems are far more common than others (Zipf-like).
    order = list(range(len(paths)))
    rng.shuffle(order)
    weights = [0.0] * len(paths)
    for rank, i in enumerate(order):
        weights[i] = 1.0 / (rank + 1)
    uncovered = [p + t + s for t in UNCOVERED for p in PREFIXES for s in SUFFIXES]
    db = sqlite3.connect(journal)
    (version,) = db.execute("SELECT kb_version FROM sessions LIMIT 1").fetchone()
    now = 1_796_000_000

    def rows():
        for _ in range(sessions):
            path, solutions = rng.choices(paths, weights)[0]
            pairs = [f"{q}={a}" for q, a in path]
            if rng.random() < 0.15:
                k = rng.randrange(len(pairs))
                if pairs[k].endswith(("=yes", "=no")):
                    pairs[k] = pairs[k].rsplit("=", 1)[0] + "=unsure"
            web = rng.random() < 0.6
            described = rng.random() < 0.33
            said = ",".join(q for q, _ in path[: rng.randint(1, 2)]) if described else ""
            matched = ",".join(rng.sample(["15", "5", "12", "16.2", "3", "11"], 3)) if described else ""
            text, stopped, feedback = None, None, None
            if rng.random() < 0.05:
                k = rng.randrange(len(path))
                outcome, stopped, solutions, pairs = "abandoned", path[k][0], [], pairs[:k]
            elif solutions:
                outcome = "found"
                if web and rng.random() < 0.5:
                    feedback = "solved" if rng.random() < 0.8 else "not_solved"
            else:
                outcome = "not_covered"
            if described or (outcome == "not_covered" and rng.random() < 0.6):
                text = rng.choice(uncovered if outcome == "not_covered" else DESCRIBED)
            yield (
                now - rng.randrange(90 * DAY),
                "web" if web else "cli",
                version if rng.random() < 0.97 else "0ld0ld",
                "zh" if rng.random() < 0.95 else "en",
                ",".join(pairs),
                said,
                matched,
                text,
                outcome,
                ",".join(solutions),
                stopped,
                max(0, len(pairs) - (said.count(",") + 1 if said else 0)),
                feedback,
                uuid.UUID(int=rng.getrandbits(128)).hex if web else None,
            )

    with db:
        db.executemany(
            "INSERT INTO sessions (at, channel, kb_version, lang, answers, said, matched, text, outcome,"
            " solutions, stopped_at, questions, feedback, token) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows(),
        )
        db.executemany(
            "INSERT INTO searches (at, channel, kb_version, lang, text) VALUES (?,?,?,?,?)",
            (
                (now - rng.randrange(90 * DAY), rng.choice(["web", "cli"]), version, "zh",
                 rng.choice(PREFIXES[:4]) + rng.choice(SEARCHES))
                for _ in range(searches)
            ),
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


if __name__ == "__main__":
    main()
