namespace HealthLibrary.Tests.Architecture;

/// <summary>The circles in a namespace graph: one shortest circle for each group of namespaces that reach each other.</summary>
internal static class NamespaceCycles
{
    /// <summary>Each circle as its namespaces in order, the first repeated at the end (A, B, A); none when the graph has no circle.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(NamespaceGraph graph)
    {
        var circles = new List<IReadOnlyList<string>>();
        foreach (var group in StronglyConnected(graph).Where(group => group.Count > 1))
        {
            var start = group.Min(StringComparer.Ordinal)!;
            circles.Add(ShortestCircle(graph, start, group));
        }

        return circles;
    }

    /// <summary>Describes circles one per line, each step with one use that makes it, so the message says what to move.</summary>
    public static string Describe(NamespaceGraph graph, IReadOnlyList<IReadOnlyList<string>> circles) =>
        string.Join("\n", circles.Select(circle =>
            string.Join(" -> ", circle) + ": " +
            string.Join("; ", circle.Zip(circle.Skip(1), (from, to) => $"{from} -> {to} ({graph.Example(from, to)})"))));

    // Breadth-first from the start back to itself, inside its group, visiting neighbours in ordinal order: stable and shortest.
    private static List<string> ShortestCircle(NamespaceGraph graph, string start, HashSet<string> group)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in graph.UsedBy(current).Where(group.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var step = current; step != start; step = cameFrom[step])
                    {
                        path.Add(step);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (cameFrom.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException(start + " is in a strongly connected group but no circle leads back to it.");
    }

    // Tarjan's algorithm: namespaces that can each reach the others form one group.
    private static List<HashSet<string>> StronglyConnected(NamespaceGraph graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.UsedBy(node))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var group = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);
                groups.Add(group);
            }
        }

        foreach (var node in graph.Namespaces)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return groups;
    }
}
