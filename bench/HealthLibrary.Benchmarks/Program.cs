using BenchmarkDotNet.Running;
using HealthLibrary.Benchmarks;

// Two small tools for bench/run, then BenchmarkDotNet for everything else:
//   index DOCUMENTS.json OUT.json   builds the Lunr index from a `build --search-documents` file, as tests/oracle/build-index.js does
//   sizes FOLDER                    raw, gzip and brotli bytes of a built site, per kind of file
switch (args.FirstOrDefault())
{
    case "index" when args.Length == 3:
        return IndexTool.Run(args[1], args[2]);
    case "sizes" when args.Length == 2:
        return SizesTool.Run(args[1]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
        return 0;
}
