#!/usr/bin/env python3
"""
One message bundle per feature (issue 16, step 5): moves the keys of the old Qute message bundles into the bundle of
the feature that uses them, rewrites the templates' and the Java sources' references, and merges the @MessageBundle
interfaces. Run from the repository root (or pass it):  python3 .bundles/rename.py [repo] [--dry-run]

Options: --dry-run (say what would change), --only=ns,ns (move just these old bundles).

Re-runnable and idempotent. The new home of a key is read from the bundles as they are (no key is in two bundles),
so after the move a template that still says {exp:policy_title} or {pic:matrix_title} is rewritten again on the next
run; an old bundle file or interface that reappears (a merge) is moved again, its new keys placed by use.

Where a key of a bundle that is split (msg, site, exp; pic, gd, v2 for the 300-message limit below) goes: the
feature (top-level package of kr.drregistry) of every template and Java class that uses it; one feature -> that
feature's bundle, several or none -> the shared `web` bundle (for exp: the policy pages' keys -> `policy`, a key only
the layout shows -> `web`, the rest -> `export`; for pic, gd, v2: `topology` unless only other features use it). A template belongs to the feature
of the @CheckedTemplate class that owns its folder (or the class that injects it); a tag, fragment or included page
to the features of the templates that include it.
"""
import os
import re
import sys

ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
DRY = '--dry-run' in sys.argv
# --only=pic,gd,v2 moves just these old bundles (to land the change in steps); references to keys not moved yet stay
ONLY = next((a.split('=', 1)[1].split(',') for a in sys.argv[1:] if a.startswith('--only=')), None)
ROOT = os.path.abspath(ARGS[0] if ARGS else os.getcwd())
SRC = os.path.join(ROOT, 'src/main/java')
TEST = os.path.join(ROOT, 'src/test/java')
MSG = os.path.join(ROOT, 'src/main/resources/messages')
TPL = os.path.join(ROOT, 'templates')
BASE = 'kr.drregistry'

# old namespace -> (interface, default new namespace)
OLD = {
    'msg': ('kr.drregistry.web.AppMessages', 'web'),
    'site': ('kr.drregistry.web.SiteMessages', 'web'),
    'sub': ('kr.drregistry.filing.web.SubMessages', 'filing'),
    'rev': ('kr.drregistry.review.web.RevMessages', 'review'),
    'exp': ('kr.drregistry.export.ExpMessages', 'export'),
    'inc': ('kr.drregistry.incident.IncMessages', 'incident'),
    'pic': ('kr.drregistry.topology.web.PicMessages', 'topology'),
    'gd': ('kr.drregistry.topology.web.GuideMessages', 'topology'),
    'v2': ('kr.drregistry.topology.web.V2Messages', 'topology'),
    'cov': ('kr.drregistry.sector.web.CovMessages', 'sector'),
    'map': ('kr.drregistry.sector.web.MapMessages', 'sector'),
    'tool': ('kr.drregistry.tools.ToolMessages', 'tools'),
    'ops': ('kr.drregistry.platform.OpsMessages', 'platform'),
    'sso': ('kr.drregistry.identity.sso.SsoMessages', 'identity'),
}
# bundles whose keys are placed one by one, by use
SPLIT = {'msg', 'site', 'exp', 'pic', 'gd', 'v2'}
# Quarkus 3.33 generates a bundle of more than 300 messages into bytecode that does not verify (the app does not
# start: quarkusio/quarkus#55584, fixed after 3.33). pic + gd + v2 are 322, so the topology feature keeps the words its
# own pages use (or that no page names, looked up at run time) and a word only other features' pages show goes to
# them: the workspace's example loader (PortalPages, filing), the fragments the version and review pages include (web).
MAX_MESSAGES = 300
TOPOLOGY_PARTS = {'pic', 'gd', 'v2'}
# keys that templates look up at run time ({exp:message(q.msgKey)}): no template names them, their page does
RUNTIME_KEYS = {('exp', re.compile(r'param_.*')): 'policy'}
RUNTIME_TARGET = {'exp': 'policy'}

# the new bundles: name -> (interface, Javadoc)
NEW = {
    'web': ('kr.drregistry.web.WebMessages',
            'Texts of the shared frame: the layout (KRDS masthead, navigation, footer), the error and sign-in pages, the '
            'privacy notice, the administration and audit pages, and the words several features\' pages use alike.'),
    'filing': ('kr.drregistry.filing.web.FilingMessages',
               'Texts of the operator\'s filing pages: the dashboard, a filing, the sign-off, the receipts, the read-only '
               'versions and their PDF and CSV exports, attachments. The PDF template gets both languages as {@code ko} and '
               '{@code en} ({@link VersionExports}).'),
    'topology': ('kr.drregistry.topology.web.TopologyMessages',
                 'Texts of the topology: its pictures (texts the diagram\'s script shows carry {@code %1}, {@code %2} '
                 'placeholders that the script fills in), what a drr/v2 report adds, the format guide and the '
                 'workspace\'s example loader (examples by key: {@code {topology:message(str:concat(\'example_\', key))}}).'),
    'sector': ('kr.drregistry.sector.web.SectorMessages',
               'Texts of the regulator\'s sector pages: coverage, trends, the sector view and its map of Korea (region '
               'names by ISO 3166-2 code: {@code {sector:message(str:concat(\'region_\', key))}}).'),
    'review': ('kr.drregistry.review.web.ReviewMessages',
               'Texts of the regulator\'s review queue and review page (and the carried-over dispositions the findings list '
               'shows everyone); a decision offered: {@code {review:action(d.asMove)}}.'),
    'incident': ('kr.drregistry.incident.IncidentMessages',
                 'Texts of the incident pages and the incident reporting policies; a word of a closed set by its typed '
                 'method: {@code {incident:stageState(s.state.asStageState)}}.'),
    'policy': ('kr.drregistry.policy.web.PolicyMessages',
               'Texts of the validation policy pages (versions, the lead\'s form, what changed); a parameter\'s description '
               'by key: {@code {policy:message(q.msgKey)}}.'),
    'export': ('kr.drregistry.export.ExportMessages',
               'Texts of the regulator\'s exports (queue, sector, review record); the PDF template gets both languages as '
               '{@code ko} and {@code en}.'),
    'tools': ('kr.drregistry.tools.ToolsMessages', 'Texts of the download page of the command-line validator.'),
    'platform': ('kr.drregistry.platform.PlatformMessages',
                 'Texts of the operations pages (the page shown while the database is away).'),
    'identity': ('kr.drregistry.identity.IdentityMessages',
                 'Texts of sign-in by OIDC and of the API tokens page.'),
    'plan': ('kr.drregistry.plan.web.PlanMessages', None),
    'demo': ('kr.drregistry.demo.DemoMessages', None),
}
KEEP = {'vocab'}

METHOD = re.compile(r'^\s*@Message\s+String\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*;\s*$')
log = []


def say(*a):
    log.append(' '.join(str(x) for x in a))
    print(*a)


def read(p):
    with open(p, encoding='utf-8') as f:
        return f.read()


def write(p, text):
    if DRY:
        say('would write', os.path.relpath(p, ROOT))
        return
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w', encoding='utf-8') as f:
        f.write(text)


def remove(p):
    if os.path.exists(p):
        say('remove', os.path.relpath(p, ROOT))
        if not DRY:
            os.remove(p)


def java_path(fqcn, root=SRC):
    return os.path.join(root, fqcn.replace('.', '/') + '.java')


def pkg(fqcn):
    return fqcn.rsplit('.', 1)[0]


def simple(fqcn):
    return fqcn.rsplit('.', 1)[1]


def feature_of_package(p):
    if not p.startswith(BASE + '.'):
        return None
    return p[len(BASE) + 1:].split('.')[0]


def walk(root, exts):
    out = []
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(exts):
                out.append(os.path.join(d, f))
    return sorted(out)


# ---------------------------------------------------------------- properties

def parse_props(path):
    """[(kind, key, line)] kind: 'key' | 'other' (comment, blank)."""
    if not os.path.exists(path):
        return []
    out = []
    for line in read(path).split('\n'):
        eq = line.find('=')
        if eq > 0 and not line.lstrip().startswith('#'):
            out.append(('key', line[:eq].strip(), line))
        else:
            out.append(('other', None, line))
    while out and out[-1][0] == 'other' and out[-1][2] == '':
        out.pop()
    return out


def props_keys(path):
    return {k: line for kind, k, line in parse_props(path) if kind == 'key'}


def bundle_names():
    names = set()
    if os.path.isdir(MSG):
        for f in os.listdir(MSG):
            m = re.match(r'(.+)_(ko|en)\.properties$', f)
            if m:
                names.add(m.group(1))
    return names


# ---------------------------------------------------------------- interfaces

def parse_interface(path):
    """(header lines up to and including the interface line, [(comments, method, params, line)], trailing comments,
    imports)"""
    text = read(path)
    lines = text.split('\n')
    start = next(i for i, l in enumerate(lines) if re.match(r'\s*public\s+interface\s', l))
    end = max(i for i, l in enumerate(lines) if l.strip() == '}')
    imports = [l.strip()[len('import '):-1] for l in lines[:start] if l.startswith('import ')]
    body = lines[start + 1:end]
    methods, pending, other = [], [], []
    in_doc = False
    for l in body:
        m = METHOD.match(l)
        if m:
            methods.append((pending, m.group(1), m.group(2), l))
            pending = []
            continue
        s = l.strip()
        if in_doc or s.startswith('/**') or s.startswith('//'):
            pending.append(l)
            in_doc = (in_doc or s.startswith('/**')) and '*/' not in s
            continue
        if s == '':
            if pending and pending[-1].strip() != '':
                pending.append(l)
            continue
        other.append(l)  # anything else (an enum): kept where it is, never moved
    return lines[:start + 1], methods, other, imports


def method_of_key(key, methods):
    if key in methods:
        return key
    best = None
    for m in methods:
        if key.startswith(m + '_') and (best is None or len(m) > len(best)):
            best = m
    return best


# ---------------------------------------------------------------- who uses what

def class_files():
    return walk(SRC, ('.java',))


def package_of_file(path):
    m = re.search(r'^package\s+([\w.]+);', read(path), re.M)
    return m.group(1) if m else ''


def template_owners():
    """template path (relative, without extension) -> feature, for pages owned by a class."""
    owners = {}
    classes = {}
    for f in class_files():
        text = read(f)
        p = package_of_file(f)
        feat = feature_of_package(p)
        for c in re.findall(r'\bclass\s+(\w+)', text):
            classes.setdefault(c, feat)
        for loc in re.findall(r'@Location\("([^"]+)"\)', text):
            owners[os.path.splitext(loc)[0]] = feat
        for name in re.findall(r'^\s*(?:@Inject\s+)?Template\s+(\w+)\s*;', text, re.M):
            owners.setdefault(name, feat)
    for d in os.listdir(TPL):
        if os.path.isdir(os.path.join(TPL, d)) and d in classes:
            for f in walk(os.path.join(TPL, d), ('.html', '.txt')):
                owners[os.path.splitext(os.path.relpath(f, TPL))[0]] = classes[d]
    return owners


def template_files():
    return {os.path.splitext(os.path.relpath(f, TPL))[0]: f for f in walk(TPL, ('.html', '.txt'))}


def template_features():
    files = template_files()
    owners = template_owners()
    includers = {t: set() for t in files}
    for t, f in files.items():
        text = read(f)
        for inc in re.findall(r'\{#include\s+([\w/]+)', text):
            if inc in includers:
                includers[inc].add(t)
        for tag in re.findall(r'\{#(\w+)', text):
            if 'tags/' + tag in includers:
                includers['tags/' + tag].add(t)
    memo = {}

    def feats(t, seen=()):
        if t in owners:
            return {owners[t]}
        if t in memo:
            return memo[t]
        out = set()
        for i in includers.get(t, ()):
            if i not in seen:
                out |= feats(i, seen + (t,))
        memo[t] = out
        return out

    result = {}
    for t in files:
        fs = feats(t)
        result[t] = next(iter(fs)) if len(fs) == 1 else 'web'
    return result, files


def uses(ns, names, iface):
    """name -> set of features using {ns:name} in templates or iface.name( in Java."""
    feats, files = template_features()
    used = {n: set() for n in names}
    pat = re.compile(r'\b' + re.escape(ns) + r':([\w$]+)')
    for t, f in files.items():
        for n in pat.findall(read(f)):
            if n in used:
                used[n].add(feats[t])
    cls = simple(iface)
    for f in class_files():
        text = read(f)
        if f == java_path(iface) or not re.search(r'\b' + cls + r'\b', text):
            continue
        feat = feature_of_package(package_of_file(f))
        for n in names:
            if re.search(r'\.' + n + r'\(', text):
                used[n].add(feat)
    return used


def place(ns, name, used):
    for (rns, rx), target in RUNTIME_KEYS.items():
        if rns == ns and rx.fullmatch(name):
            return target
    fs = used.get(name, set())
    if ns in TOPOLOGY_PARTS:
        if not fs or 'topology' in fs:
            return 'topology'
        return next(iter(fs)) if len(fs) == 1 else 'web'
    if ns == 'exp':
        # the policy pages' words to `policy`, a word only the shared layout shows (its menu) to `web`, the rest
        # (used by the exports, or by them and the policy page alike) stays with the exports
        return {'policy': 'policy', 'web': 'web'}.get(next(iter(fs)), 'export') if len(fs) == 1 else 'export'
    if len(fs) == 1:
        f = next(iter(fs))
        return f if f else 'web'
    return 'web'


# ---------------------------------------------------------------- the new interfaces

def new_interface(name):
    if name not in NEW:
        feat_dir = os.path.join(SRC, BASE.replace('.', '/'), name)
        base = BASE + '.' + name + ('.web' if os.path.isdir(os.path.join(feat_dir, 'web')) else '')
        cls = name[0].upper() + name[1:] + 'Messages'
        NEW[name] = (base + '.' + cls, 'Texts of the ' + name + ' pages.')
    return NEW[name]


def interface_text(name, methods, imports):
    fqcn, doc = new_interface(name)
    lines = ['package ' + pkg(fqcn) + ';', '']
    imps = sorted(set(['io.quarkus.qute.i18n.Message', 'io.quarkus.qute.i18n.MessageBundle'] + imports))
    lines += ['import ' + i + ';' for i in imps]
    lines += ['', '/**']
    words = (doc + ' Korean by default ({@code messages/' + name + '_ko.properties}) and English ({@code messages/'
             + name + '_en.properties}); in templates {@code {' + name + ':key}}. One bundle per feature, named after '
             'it (docs/glossary.md); the words of statuses, severities, types and decisions are the {@code vocab} '
             'bundle\'s.').replace('{@code ', '{@code\u00a0').split(' ')
    line = ' *'
    for w in words:
        if len(line) + 1 + len(w) > 116:
            lines.append(line)
            line = ' *'
        line += ' ' + w.replace('\u00a0', ' ')
    lines.append(line)
    lines += [' */', '@MessageBundle(value = "' + name + '", locale = "ko")', 'public interface ' + simple(fqcn) + ' {']
    lines += methods
    lines += ['}', '']
    return '\n'.join(lines)


def add_to_interface(name, new_methods, new_imports):
    fqcn, _ = new_interface(name)
    path = java_path(fqcn)
    if not os.path.exists(path):
        write(path, interface_text(name, new_methods, new_imports))
        return
    text = read(path)
    have = set(re.findall(r'@Message\s+String\s+(\w+)\s*\(', text))
    add = []
    i = 0
    block = []
    for l in new_methods:
        block.append(l)
        m = METHOD.match(l)
        if m:
            if m.group(1) not in have:
                add += block
            block = []
    add += [l for l in block if l.strip()]
    lines = text.split('\n')
    if add:
        end = max(i for i, l in enumerate(lines) if l.strip() == '}')
        lines[end:end] = add
    head = next(i for i, l in enumerate(lines) if l.startswith('import ') or l.startswith('/**') or l.startswith('@'))
    existing = {l.strip()[7:-1] for l in lines if l.startswith('import ')}
    missing = [i for i in new_imports if i not in existing and pkg(i) != pkg(fqcn)]
    if missing:
        at = max([i for i, l in enumerate(lines) if l.startswith('import ')], default=head - 1) + 1
        lines[at:at] = ['import ' + i + ';' for i in sorted(missing)]
    write(path, '\n'.join(lines))


def imports_for(params, old_fqcn, old_imports, target_fqcn):
    """imports the moved method's parameter types need in the target interface."""
    need = []
    by_simple = {simple(i): i for i in old_imports}
    for t in re.findall(r'(?<![\w.])([A-Z]\w*)(?=[\s.<])', params):
        if t in ('String', 'Object', 'Integer', 'Long', 'Boolean', 'Double'):
            continue
        fq = by_simple.get(t, pkg(old_fqcn) + '.' + t)
        if pkg(fq) != pkg(target_fqcn):
            need.append(fq)
    return need


# ---------------------------------------------------------------- the move

def current_index():
    """method or key -> bundle, for the bundles that are not old ones."""
    index = {}
    for name in bundle_names():
        if name in OLD:
            continue
        for k in props_keys(os.path.join(MSG, name + '_ko.properties')):
            index[k] = name
    for name, (fqcn, _) in NEW.items():
        p = java_path(fqcn)
        if os.path.exists(p):
            for m in re.findall(r'@Message\s+String\s+(\w+)\s*\(', read(p)):
                index[m] = name
    for m in re.findall(r'@Message\s+String\s+(\w+)\s*\(', read(java_path('kr.drregistry.filing.web.Vocabulary'))):
        index[m] = 'vocab'
    return index


def move_bundle(ns):
    iface, default = OLD[ns]
    ipath = java_path(iface)
    ko = os.path.join(MSG, ns + '_ko.properties')
    en = os.path.join(MSG, ns + '_en.properties')
    if not (os.path.exists(ipath) or os.path.exists(ko) or os.path.exists(en)):
        return {}
    index = current_index()
    methods, imports = [], []
    if os.path.exists(ipath):
        _, methods, other, imports = parse_interface(ipath)
        if other:
            sys.exit('%s has members other than @Message methods: %s' % (ipath, other))
    names = [m[1] for m in methods]
    ko_lines, en_lines = parse_props(ko), parse_props(en)
    keys = [k for kind, k, _ in ko_lines if kind == 'key'] + [k for kind, k, _ in en_lines if kind == 'key']
    units = list(dict.fromkeys(names + [k for k in keys if method_of_key(k, names) is None]))
    used = uses(ns, units, iface) if ns in SPLIT else {}
    target = {}
    for u in units:
        if u in index:
            target[u] = index[u]
        elif ns in SPLIT:
            target[u] = place(ns, u, used)
        else:
            target[u] = default

    def target_of_key(k):
        m = method_of_key(k, names)
        return target[m if m is not None else k]

    # properties: each comment block goes along with the keys that follow it
    for lang, src_lines in (('ko', ko_lines), ('en', en_lines)):
        out = {}
        block = []
        for kind, k, line in src_lines:
            if kind == 'other':
                if line.strip().startswith('#'):
                    block = [line]
                continue
            t = target_of_key(k)
            dest = os.path.join(MSG, t + '_' + lang + '.properties')
            have = props_keys(dest)
            if k in have:
                if have[k] != line:
                    # the old file came back with a text edited meanwhile (a merge): the edit wins, and is said
                    say('UPDATED %s in %s: %r -> %r' % (k, os.path.relpath(dest, ROOT), have[k], line))
                    write(dest, '\n'.join(line if l == have[k] else l for l in read(dest).split('\n')))
                continue
            o = out.setdefault(t, [])
            if not o and os.path.exists(dest):
                o.append('')  # apart from what the bundle had
            if block:
                o += ([''] if o and o[-1] != '' else []) + block
                block = []
            o.append(line)
        for t, lines in out.items():
            dest = os.path.join(MSG, t + '_' + lang + '.properties')
            prev = read(dest).rstrip('\n') + '\n' if os.path.exists(dest) else ''
            write(dest, prev + '\n'.join(lines) + '\n')
            say('%s_%s: %d key(s) -> %s' % (ns, lang, sum(1 for l in lines if '=' in l and not l.startswith('#')), t))
    # interface methods, with the comments in front of them
    per = {}
    for comments, name, params, line in methods:
        t = target[name]
        lst, imps = per.setdefault(t, ([], []))
        lst += [c for c in comments] + [line]
        imps += imports_for(params, iface, imports, new_interface(t)[0])
    for t, (lst, imps) in per.items():
        add_to_interface(t, lst, sorted(set(imps)))
    remove(ko)
    remove(en)
    remove(ipath)
    return target


# ---------------------------------------------------------------- references

def gone(ns):
    """an old bundle whose files and interface are all moved away: its runtime lookups and class name are rewritten."""
    iface = java_path(OLD[ns][0])
    return not any(os.path.exists(p) for p in (iface, os.path.join(MSG, ns + '_ko.properties'),
                                                  os.path.join(MSG, ns + '_en.properties')))


def rewrite_templates():
    index = current_index()
    pat = re.compile(r'\b(' + '|'.join(sorted(OLD, key=len, reverse=True)) + r'):([\w$]+)')
    for t, f in template_files().items():
        text = read(f)

        def repl(m):
            ns, name = m.group(1), m.group(2)
            if name == 'message' and text[m.end():m.end() + 1] == '(':
                return RUNTIME_TARGET.get(ns, OLD[ns][1]) + ':message' if gone(ns) else m.group(0)
            if name in index:
                return index[name] + ':' + name
            return m.group(0)

        new = pat.sub(repl, text)
        if new != text:
            say('template', os.path.relpath(f, ROOT))
            write(f, new)


def rewrite_java():
    index = current_index()
    old_classes = {simple(i): (ns, i) for ns, (i, _) in OLD.items() if gone(ns)}
    if not old_classes:
        return
    any_old = re.compile(r'\b(' + '|'.join(old_classes) + r')\b')
    for f in walk(SRC, ('.java',)) + walk(TEST, ('.java',)):
        text = read(f)
        if not any_old.search(text):
            continue
        new = text
        file_pkg = package_of_file(f)
        for cls, (ns, fq) in old_classes.items():
            if not re.search(r'\b' + cls + r'\b', new):
                continue
            t = OLD[ns][1]
            if ns in SPLIT:
                # the bundle whose methods this file calls (a file that needs two is split by hand)
                called = {index[n] for n in re.findall(r'\.(\w+)\(', new) if n in index}
                targets = called & ({'policy', 'export'} if ns == 'exp' else set(NEW))
                if len(targets) > 1:
                    sys.exit('%s calls methods of %s that are now in %s: split it by hand' % (f, cls, targets))
                t = next(iter(targets)) if targets else t
            nfq = NEW[t][0]
            new = new.replace(fq, nfq)
            new = re.sub(r'\b' + cls + r'\b', simple(nfq), new)
            imp = 'import ' + nfq + ';'
            if pkg(nfq) == file_pkg:
                new = new.replace(imp + '\n', '')
            elif imp not in new and re.search(r'\b' + simple(nfq) + r'\b', re.sub(re.escape(nfq), '', new)):
                lines = new.split('\n')
                at = max([i for i, l in enumerate(lines) if l.startswith('import ')],
                         default=next(i for i, l in enumerate(lines) if l.startswith('package ')) + 1) + 1
                lines.insert(at, imp)
                new = '\n'.join(lines)
        seen, out = set(), []
        for l in new.split('\n'):
            if l.startswith('import '):
                if l in seen:
                    continue
                seen.add(l)
            out.append(l)
        new = '\n'.join(out)
        if new != text:
            say('java', os.path.relpath(f, ROOT))
            write(f, new)


def rewrite_code_comments():
    """{inc:cause(c.asCause)} in a Javadoc or a script's comment names the new bundle too."""
    index = current_index()
    pat = re.compile(r'\{(' + '|'.join(sorted(OLD, key=len, reverse=True)) + r'):([\w$]+)')
    static = os.path.join(ROOT, 'src/main/resources/META-INF/resources/static')
    for f in walk(SRC, ('.java',)) + walk(TEST, ('.java',)) + walk(static, ('.js',)):
        text = read(f)
        new = pat.sub(lambda m: '{' + index[m.group(2)] + ':' + m.group(2) if m.group(2) in index
                      else ('{' + RUNTIME_TARGET.get(m.group(1), OLD[m.group(1)][1]) + ':message'
                            if m.group(2) == 'message' and gone(m.group(1)) else m.group(0)), text)
        if new != text:
            say('comment', os.path.relpath(f, ROOT))
            write(f, new)


def rewrite_property_comments():
    """a comment that names an old interface names the new one."""
    for f in sorted(os.listdir(MSG)):
        p = os.path.join(MSG, f)
        text = read(p)
        new = text
        for ns, (fq, default) in OLD.items():
            if gone(ns):
                new = new.replace(fq, NEW[default][0])
        if new != text:
            say('comment', os.path.relpath(p, ROOT))
            write(p, new)


def main():
    if not os.path.isdir(TPL) or not os.path.isdir(MSG):
        sys.exit('run from the repository root: ' + ROOT)
    # whole bundles first, so that a split bundle's key finds the feature bundles it may join
    for ns in [n for n in OLD if n not in SPLIT] + [n for n in OLD if n in SPLIT]:
        if ONLY is None or ns in ONLY:
            move_bundle(ns)
    rewrite_templates()
    rewrite_java()
    rewrite_code_comments()
    rewrite_property_comments()
    for name in sorted(bundle_names()):
        n = len(props_keys(os.path.join(MSG, name + '_ko.properties')))
        if n > MAX_MESSAGES:
            say('WARNING: bundle %s has %d keys; Quarkus 3.33 cannot start with more than %d in one bundle'
                % (name, n, MAX_MESSAGES))
    left = [n for n in bundle_names() if n in OLD]
    if left and not DRY and ONLY is None:
        sys.exit('old bundles left: %s' % left)


if __name__ == '__main__':
    main()
