#!/usr/bin/env python3
"""CPU time of a server's threads, grouped by thread name (digits dropped), between two moments (issue 19):
     thread-cpu.py snap FILE PID...          the user + system ticks of every thread of the processes, into FILE
     thread-cpu.py diff BEFORE AFTER COUNT   what each group spent between the two, in seconds per 1,000 of COUNT
   Tells where a server's CPU went: request threads, the garbage collector, the JIT compilers."""
import json
import os
import re
import sys
from collections import defaultdict

CLOCK = os.sysconf('SC_CLK_TCK')


def snap(file, pids):
    ticks = defaultdict(int)
    for pid in pids:
        for tid in os.listdir(f'/proc/{pid}/task'):
            try:
                with open(f'/proc/{pid}/task/{tid}/stat') as stat:
                    line = stat.read()
            except OSError:
                continue  # the thread ended meanwhile
            name = line[line.index('(') + 1:line.rindex(')')]
            fields = line[line.rindex(')') + 2:].split()
            ticks[re.sub(r'[0-9]+', '#', name)] += int(fields[11]) + int(fields[12])
    with open(file, 'w') as out:
        json.dump(ticks, out)


def diff(before_file, after_file, count):
    with open(before_file) as b, open(after_file) as a:
        before, after = json.load(b), json.load(a)
    per = 1000 / count
    spent = sorted(((after.get(k, 0) - before.get(k, 0)) / CLOCK * per, k) for k in set(before) | set(after))
    for seconds, group in reversed(spent):
        if seconds >= 0.002:
            print(f'    {seconds:6.3f} s  {group}')


if __name__ == '__main__':
    if sys.argv[1] == 'snap':
        snap(sys.argv[2], sys.argv[3:])
    else:
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]))
