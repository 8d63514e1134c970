#!/usr/bin/env python3
"""Method body lengths (lines between the declaration's '{' and its closing '}') of Java files given on the command line."""
import re, sys, statistics
DECL = re.compile(r'^(\s*)(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized|default|<[^>]+>)\s+)*[\w<>\[\], .?]+\s+(\w+)\s*\([^;]*\)\s*(?:throws [\w., ]+)?\s*\{\s*$')
CTRL = {'if', 'for', 'while', 'switch', 'catch', 'synchronized', 'try', 'else', 'do', 'return', 'new'}
lengths = []
for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = DECL.match(lines[i])
        if m and m.group(2) not in CTRL and not lines[i].strip().startswith(('if', 'for', 'while', 'else', 'return', '}')) and ' class ' not in lines[i] and ' record ' not in lines[i] and ' interface ' not in lines[i] and ' enum ' not in lines[i] and '->' not in lines[i] and '=' not in lines[i].split('(')[0]:
            depth = 0
            j = i
            while j < len(lines):
                depth += lines[j].count('{') - lines[j].count('}')
                if depth == 0:
                    break
                j += 1
            lengths.append(j - i - 1)
        i += 1
if lengths:
    over = sum(1 for n in lengths if n > 30)
    print(f"methods {len(lengths)}, median {statistics.median(lengths)}, mean {statistics.mean(lengths):.1f}, over 30 lines {over} ({100*over/len(lengths):.1f} %), longest {max(lengths)}")
