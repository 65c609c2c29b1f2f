package io.factdeck.questionbank;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read through SnakeYAML's node API, so that every value keeps its line. Each accessor records a
 * {@link Problem} instead of throwing, so a reader reports every error in a file, not just the first.
 */
final class YamlFields {

    private final String file;
    private final MappingNode node;
    private final String prefix;
    private final List<Problem> problems;
    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

    YamlFields(String file, MappingNode node, String prefix, List<Problem> problems) {
        this.file = file;
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                problems.add(new Problem(file, line(tuple.getKeyNode()), prefix, "has a key that is not a plain name"));
            } else if (tuples.containsKey(key)) {
                problems.add(new Problem(
                        file,
                        line(tuple.getKeyNode()),
                        prefix + key,
                        "is given twice (first on line " + line(tuples.get(key).getKeyNode()) + ")"));
            } else {
                tuples.put(key, tuple);
            }
        }
    }

    /** Parses one YAML document; null (with a problem recorded) when the text is not valid YAML. */
    static Node parse(String text, String file, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlFields with both lines instead
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            if (root == null) {
                problems.add(new Problem(file, 1, null, "is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(file, line, null, "is not valid YAML: " + what));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(file, 0, null, "is not valid YAML: " + e.getMessage()));
            return null;
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
    }

    /** A mapping at {@code node}, or null with a problem recorded. */
    static YamlFields mapping(String file, Node node, String field, List<Problem> problems) {
        if (node instanceof MappingNode m) {
            return new YamlFields(file, m, field.isEmpty() ? "" : field + ".", problems);
        }
        problems.add(new Problem(file, line(node), field.isEmpty() ? null : field, "must be a mapping"));
        return null;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = tuples.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    String field(String key) {
        return prefix + key;
    }

    List<String> keys() {
        return new ArrayList<>(tuples.keySet());
    }

    int keyLine(String key) {
        return line(tuples.get(key).getKeyNode());
    }

    boolean has(String key) {
        NodeTuple tuple = tuples.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    Node node(String key) {
        NodeTuple tuple = tuples.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
    }

    void problem(String key, String message) {
        problems.add(new Problem(file, line(key), field(key), message));
    }

    /** A scalar as text; null when absent or null, with a problem if required or not a scalar. */
    String string(String key, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                problems.add(new Problem(file, line(), field(key), "is required"));
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(new Problem(file, line(value), field(key), "must be a text value"));
            return null;
        }
        String text = scalar.getValue();
        if (required && text.isBlank()) {
            problems.add(new Problem(file, line(value), field(key), "must not be empty"));
            return null;
        }
        return text;
    }

    /** A sequence of scalars; empty when absent, with a problem if required or malformed. */
    List<String> strings(String key, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                problems.add(new Problem(file, line(), field(key), "is required"));
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(new Problem(file, line(value), field(key), "must be a list"));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        List<Node> entries = sequence.getValue();
        for (int i = 0; i < entries.size(); i++) {
            Node entry = entries.get(i);
            if (entry instanceof ScalarNode scalar
                    && !isNull(entry)
                    && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue());
            } else {
                problems.add(
                        new Problem(file, line(entry), field(key) + "[" + i + "]", "must be a non-empty text value"));
            }
        }
        return result;
    }

    /** The line of entry {@code i} of a sequence field, for problems about one entry. */
    int entryLine(String key, int i) {
        Node value = node(key);
        if (value instanceof SequenceNode sequence && i < sequence.getValue().size()) {
            return line(sequence.getValue().get(i));
        }
        return line(key);
    }

    /** The entries of a sequence of mappings; empty when absent. */
    List<Node> sequence(String key, boolean required) {
        Node value = node(key);
        if (value == null) {
            if (required) {
                problems.add(new Problem(file, line(), field(key), "is required"));
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(new Problem(file, line(value), field(key), "must be a list"));
            return List.of();
        }
        return sequence.getValue();
    }
}
