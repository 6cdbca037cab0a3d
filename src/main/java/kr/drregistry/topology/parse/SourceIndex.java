package kr.drregistry.topology.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import kr.drregistry.budget.Budget;

/**
 * Where the elements of a drr document stand in its text: the 1-based line and column of the value at a JSON Pointer,
 * and of the list item with a given id. Tools that annotate the submitted file (the command-line validator's SARIF)
 * read it; it reads the same tree, with the same positions, as {@link DrrParser} (the YAML marks of snakeyaml-engine,
 * the token locations of Jackson).
 *
 * <p>Keeps only the document tree; an item's position is found by walking the pointer when asked, and the id of each
 * item of a top-level list is indexed on first use. A document that does not read (syntax error, beyond a limit)
 * gives an empty index: such a document has no findings to place. Not thread-safe.
 */
public final class SourceIndex {
    /** A 1-based line and column in the document's text. */
    public record Position(int line, int column) {
    }

    private static final SourceIndex EMPTY = new SourceIndex(null);

    private final Tree.Node root;
    private final Map<String, Map<String, Integer>> ids = new HashMap<>();

    private SourceIndex(Tree.Node root) {
        this.root = root;
    }

    /** The index of {@code body} read as {@code syntax} within {@code limits}; empty when it does not read. */
    public static SourceIndex of(byte[] body, DrrParser.Syntax syntax, Limits limits) {
        Errors errors = new Errors(limits.maxErrors());
        try {
            Tree.Node root = switch (syntax) {
                case JSON -> body.length > limits.maxBytes() ? null
                        : JsonTreeReader.read(JsonTreeReader.factory(limits), body, errors, limits, Budget.unlimited());
                case YAML -> body.length > limits.yamlBytes() ? null
                        : YamlTreeReader.read(YamlTreeReader.settings(limits), body, errors, limits, Budget.unlimited());
            };
            return root == null ? EMPTY : new SourceIndex(root);
        } catch (DrrParseException e) {
            return EMPTY;
        }
    }

    /** The position of the value at {@code pointer} (RFC 6901; "" is the whole document), if there is one. */
    public Optional<Position> at(String pointer) {
        Tree.Node node = node(pointer);
        return node == null ? Optional.empty() : Optional.of(new Position(node.line, node.column));
    }

    /**
     * The pointer of the item of the top-level list {@code list} (sites, services, components, drills) whose
     * {@code id} is {@code id}, such as {@code /components/3}; empty when there is none.
     */
    public Optional<String> itemPointer(String list, String id) {
        Integer i = ids.computeIfAbsent(list, this::indexIds).get(id);
        return i == null ? Optional.empty() : Optional.of("/" + list + "/" + i);
    }

    private Map<String, Integer> indexIds(String list) {
        Map<String, Integer> index = new HashMap<>();
        if (root instanceof Tree.Obj obj && obj.get(list) instanceof Tree.Arr items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Tree.Obj item && item.get("id") instanceof Tree.Scalar s
                        && s.value instanceof String text) {
                    index.putIfAbsent(text, i);
                }
            }
        }
        return index;
    }

    private Tree.Node node(String pointer) {
        if (root == null || pointer == null) {
            return null;
        }
        if (pointer.isEmpty()) {
            return root;
        }
        if (pointer.charAt(0) != '/') {
            return null;
        }
        Tree.Node at = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (at instanceof Tree.Obj obj) {
                at = obj.get(token);
            } else if (at instanceof Tree.Arr arr) {
                int i;
                try {
                    i = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    return null;
                }
                at = i >= 0 && i < arr.size() ? arr.get(i) : null;
            } else {
                return null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }
}
