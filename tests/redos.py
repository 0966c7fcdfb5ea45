"""A static ReDoS check: can a backtracking engine (Python's ``re``) take super-linear time on
some input for this pattern? Nothing is timed: the pattern's automaton is inspected.

Why our own: ``regexploit`` misses the shapes that froze tracker (``(a|a)*$``, a space allowed
two ways inside a repeat, ``^\\s*`` under MULTILINE), and ``google-re2`` cannot take lookarounds.

The method is the classic one (Weber & Seidl; as in the ``recheck`` tool): build a
non-deterministic automaton whose states are the pattern's character positions (Glushkov),
over a sample alphabet of character classes, and look for

- **exponential ambiguity (EDA)**: a state with two different loops over the same word
  (found as a strongly connected component of the pair automaton that holds a state pair
  ``(q, q)`` and a pair ``(p, r)`` with ``p != r``);
- **polynomial ambiguity (IDA)**: two different looping states ``p`` and ``q`` with
  ``p -w-> p``, ``p -w-> q`` and ``q -w-> q`` for one word ``w`` (each extra such pair is one
  more power of the input length).

Patterns used with ``search``/``finditer``/``sub`` are tried at every position: that is
modelled by a ``.*`` prefix (a ``(?:.*\\n)?`` one after a MULTILINE ``^``). Lookaround bodies
are checked as patterns of their own (they run at every position tried); for the main
automaton they are transparent. Bounded repeats up to :data:`EXPAND` are unrolled (their cost
is bounded); larger ones count as unbounded, so ``.{0,300}`` is flagged on purpose. Pumping
only hurts when the match can still fail afterwards: witnesses whose states already accept
are not reported.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

EXPAND = 320

# A sample of characters standing for the classes real patterns distinguish: ASCII, the
# accented and non-Latin letters of EU languages, digits of other scripts, odd spaces.
_SAMPLE = "".join(chr(i) for i in range(0, 128)) + (
    "éèàçłßąőřøæåñüöäšžčěůýíóúαωβбяжэ\xa0\u2009\u202f\u200b\u00ad°º’‘“”«»–—€£١٣\u3000ﬁİıſK"
)


@dataclass
class _Nfa:
    masks: list[int] = field(default_factory=list)  # state -> character-class mask
    first: set[int] = field(default_factory=set)  # states a match can start with
    follow: dict[int, set[int]] = field(default_factory=dict)
    last: set[int] = field(default_factory=set)
    nullable: bool = True
    blocked: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Problem:
    kind: str  # "exponential" or "polynomial"
    where: str  # "pattern" or "lookaround"

    def __str__(self) -> str:
        return f"{self.kind} backtracking ({self.where})"


_Sub = tuple[set[int], set[int], bool]  # (first positions, last positions, nullable)


class _Builder:
    """Glushkov construction over sre's parse tree: (first, last, nullable) per sub-pattern."""

    def __init__(self, alphabet: str, flags: int) -> None:
        self.alphabet = alphabet
        self.flags = flags
        self.masks: list[int] = []
        self.follow: dict[int, set[int]] = {}
        self.lookarounds: list[tuple[Any, int]] = []
        self.blocked: set[int] = set()  # positions an assertion follows: their acceptance is conditional

    def _mask(self, source: str, flags: int) -> int:
        return _mask(source, flags, self.alphabet)

    def _leaf(self, mask: int) -> tuple[set[int], set[int], bool]:
        s = len(self.masks)
        self.masks.append(mask)
        self.follow[s] = set()
        return {s}, {s}, False

    def _link(self, last: set[int], first: set[int]) -> None:
        for a in last:
            self.follow[a] |= first

    def seq(self, items: Any, flags: int) -> tuple[set[int], set[int], bool]:
        # An assertion (lookaround, $, \b) after a position makes a match ending there conditional.
        return self._chain([(self.node(op, av, flags), False,
                             op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av not in _STARTS))
                            for op, av in items])

    def node(self, op: Any, av: Any, flags: int) -> tuple[set[int], set[int], bool]:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
            return self._leaf(self._mask(_leaf_source(op, av), flags))
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            return self.seq(sub, (flags | add) & ~delete)
        if op is C.ATOMIC_GROUP:
            return self.seq(av, flags)
        if op is C.BRANCH:
            first: set[int] = set()
            last: set[int] = set()
            nullable = False
            for alt in av[1]:
                f, lst, n = self.seq(alt, flags)
                first |= f
                last |= lst
                nullable = nullable or n
            return first, last, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if hi is not C.MAXREPEAT and hi <= EXPAND:
                return self._unrolled(lo, hi, sub, flags)
            return self._star(min(lo, EXPAND), sub, flags)
        if op in (C.ASSERT, C.ASSERT_NOT):
            self.lookarounds.append((av[1], flags))
            return set(), set(), True
        if op is C.AT:
            return set(), set(), True
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return self._star(0, [(C.ANY, None)], flags | re.DOTALL)  # unknown text: anything
        raise ValueError(f"unsupported regex construct {op}")

    def _unrolled(self, lo: int, hi: int, sub: Any, flags: int) -> tuple[set[int], set[int], bool]:
        return self._chain([(self.seq(sub, flags), i >= lo, False) for i in range(hi)])

    def _star(self, lo: int, sub: Any, flags: int) -> tuple[set[int], set[int], bool]:
        parts = [(self.seq(sub, flags), False, False) for _ in range(lo)]
        f, lst, _n = self.seq(sub, flags)
        self._link(lst, f)  # the loop
        parts.append(((f, lst, True), True, False))
        return self._chain(parts)

    def _chain(self, parts: list[tuple[_Sub, bool, bool]]) -> _Sub:
        """Positions in sequence: (sub-result, optional, an assertion stands here)."""
        first: set[int] = set()
        last: set[int] = set()
        nullable = True
        for (f, lst, n), optional, assertion in parts:
            if assertion:
                self.blocked |= last
            n = n or optional
            self._link(last, f)
            if nullable:
                first |= f
            last = lst | last if n else set(lst)
            nullable = nullable and n
        return first, last, nullable


_STARTS = (C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BEGINNING_LINE)


@functools.lru_cache(maxsize=4096)
def _mask(source: str, flags: int, alphabet: str) -> int:
    pat = re.compile(source, flags)
    m = 0
    for i, ch in enumerate(alphabet):
        if pat.fullmatch(ch):
            m |= 1 << i
    return m


def _leaf_source(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is C.ANY:
        return "."
    items = []
    negate = ""
    for iop, iav in av:
        if iop is C.NEGATE:
            negate = "^"
        elif iop is C.LITERAL:
            items.append(re.escape(chr(iav)))
        elif iop is C.RANGE:
            items.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is C.CATEGORY:
            items.append(_CATEGORIES[iav])
        else:
            raise ValueError(f"unsupported set item {iop}")
    return f"[{negate}{''.join(items)}]"


_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


_ANYTHING = (C.IN, [(C.CATEGORY, C.CATEGORY_SPACE), (C.CATEGORY, C.CATEGORY_NOT_SPACE)])


def _nfa(tree: Any, flags: int, search: bool, alphabet: str) -> tuple[_Builder, _Nfa]:
    b = _Builder(alphabet, flags)
    items = list(tree)
    prefix: list[Any] = []
    if search:
        anchor = items[0][1] if items and items[0][0] is C.AT else None
        if anchor is C.AT_BEGINNING_STRING or (anchor is C.AT_BEGINNING and not flags & re.MULTILINE):
            pass  # anchored at the start of the text: tried once
        elif anchor is C.AT_BEGINNING:
            # ^ under MULTILINE: tried after every newline
            prefix = [(C.MAX_REPEAT, (0, 1, [(C.MAX_REPEAT, (0, C.MAXREPEAT, [_ANYTHING])), (C.LITERAL, 10)]))]
        else:
            prefix = [(C.MAX_REPEAT, (0, C.MAXREPEAT, [_ANYTHING]))]
    first, last, nullable = b.seq(prefix + items, flags)
    return b, _Nfa(b.masks, first, b.follow, last, nullable, b.blocked)


def _sccs(nodes: list[Any], succ: dict[Any, list[Any]]) -> dict[Any, int]:
    """Tarjan, iterative: node -> component number."""
    index: dict[Any, int] = {}
    low: dict[Any, int] = {}
    comp: dict[Any, int] = {}
    stack: list[Any] = []
    on: set[Any] = set()
    counter = 0
    ncomp = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(succ.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(succ.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp[w] = ncomp
                    if w == v:
                        break
                ncomp += 1
    return comp


def _looping(nfa: _Nfa) -> tuple[dict[int, int], set[int]]:
    """Component of each state and the states that lie on a cycle."""
    states = list(range(len(nfa.masks)))
    succ = {s: sorted(nfa.follow[s]) for s in states}
    comp = _sccs(states, succ)
    sizes: dict[int, int] = {}
    for s in states:
        sizes[comp[s]] = sizes.get(comp[s], 0) + 1
    cyclic = {s for s in states if sizes[comp[s]] > 1 or s in nfa.follow[s]}
    return comp, cyclic


def _step(nfa: _Nfa, states: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Successors of a tuple of states reading one common character.

    Paths through a state where a match ends whatever follows are left out: the engine stops
    there with a match (and the search with it), so such paths cannot be pumped into a failure.
    """
    out: list[tuple[int, ...]] = []

    def rec(i: int, mask: int, acc: tuple[int, ...]) -> None:
        if i == len(states):
            out.append(acc)
            return
        for t in nfa.follow[states[i]]:
            if _accepting(nfa, t):
                continue
            m = mask & nfa.masks[t]
            if m:
                rec(i + 1, m, (*acc, t))

    rec(0, -1, ())
    return out


def _accepting(nfa: _Nfa, s: int) -> bool:
    """Does a match end here whatever follows? (An assertion after it may still fail.)"""
    return s in nfa.last and s not in nfa.blocked


def _exponential(nfa: _Nfa, comp: dict[int, int], cyclic: set[int]) -> bool:
    """A pair SCC holding (q, q) and some (p, r), p != r: both stay in q's component."""
    for q in cyclic:
        if _accepting(nfa, q):
            continue
        home = comp[q]
        seen: set[tuple[int, ...]] = {(q, q)}
        todo: list[tuple[int, ...]] = [(q, q)]
        while todo:
            pair = todo.pop()
            for t in _step(nfa, pair):
                if comp[t[0]] != home or comp[t[1]] != home:
                    continue
                if t[0] != t[1] and _reaches(nfa, comp, t, (q, q)):
                    return True
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
    return False


def _reaches(nfa: _Nfa, comp: dict[int, int], start: tuple[int, ...], goal: tuple[int, ...]) -> bool:
    home = comp[goal[0]]
    seen = {start}
    todo = [start]
    while todo:
        cur = todo.pop()
        for t in _step(nfa, cur):
            if t == goal:
                return True
            if comp[t[0]] == home and comp[t[1]] == home and t not in seen:
                seen.add(t)
                todo.append(t)
    return False


def _polynomial(nfa: _Nfa, comp: dict[int, int], cyclic: set[int]) -> bool:
    for p in cyclic:
        for q in cyclic:
            if p == q or comp[p] == comp[q] or _accepting(nfa, q):
                continue
            start, goal = (p, p, q), (p, q, q)
            seen: set[tuple[int, ...]] = {start}
            todo: list[tuple[int, ...]] = [start]
            while todo:
                cur = todo.pop()
                for t in _step(nfa, cur):
                    if comp[t[0]] != comp[p] or comp[t[2]] != comp[q]:
                        continue
                    if t == goal:
                        return True
                    if t not in seen:
                        seen.add(t)
                        todo.append(t)
    return False


def check(pattern: str, flags: int = 0, *, search: bool = True) -> list[Problem]:
    """The super-linear behaviours ``pattern`` allows; empty when it runs in linear time."""
    tree = P.parse(pattern, flags)
    flags = flags | tree.state.flags
    alphabet = _SAMPLE + "".join(sorted({chr(av) for op, av in _literals(tree) if av >= 128}))
    problems: list[Problem] = []
    todo: list[tuple[Any, int, str]] = [(tree, flags, "pattern")]
    while todo:
        sub, fl, where = todo.pop()
        b, nfa = _nfa(sub, fl, search, alphabet)
        comp, cyclic = _looping(nfa)
        if _exponential(nfa, comp, cyclic):
            problems.append(Problem("exponential", where))
        elif _polynomial(nfa, comp, cyclic):
            problems.append(Problem("polynomial", where))
        todo.extend((body, lfl, "lookaround") for body, lfl in b.lookarounds)
    return problems


def _literals(tree: Any) -> list[tuple[Any, int]]:
    out: list[tuple[Any, int]] = []
    for op, av in tree:
        if op is C.LITERAL:
            out.append((op, av))
        elif op is C.SUBPATTERN:
            out.extend(_literals(av[3]))
        elif op is C.BRANCH:
            for alt in av[1]:
                out.extend(_literals(alt))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out.extend(_literals(av[2]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            out.extend(_literals(av[1]))
    return out
