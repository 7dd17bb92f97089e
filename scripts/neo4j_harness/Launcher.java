// Starts Neo4j 5 Community in-process (neo4j-harness) with Bolt on a fixed address and a password.
// Run with: java -cp 'lib/*' Launcher.java --port 7687 --password secret --dir /path/to/work
//           [--setting server.memory.pagecache.size=512m ...]  (any neo4j.conf setting, repeatable)
// Prints "READY <bolt uri>" once Bolt accepts connections; stops cleanly on SIGTERM/SIGINT.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

public class Launcher {
    public static void main(String[] args) throws Exception {
        List<String> settings = new ArrayList<>();
        Map<String, String> opts = parse(args, settings);
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        String password = opts.getOrDefault("password", "kg-test-password");
        Path dir = Path.of(opts.getOrDefault("dir", "neo4j-work"));
        Files.createDirectories(dir);

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(HttpConnector.enabled, false)
                .withConfig(GraphDatabaseSettings.auth_enabled, true);
        for (String setting : settings) {
            builder = withSetting(builder, setting);
        }
        Neo4j neo4j = builder.build();
        try {
            GraphDatabaseService system = neo4j.databaseManagementService().database("system");
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            neo4j.close(); // its threads would otherwise keep a half-configured server listening
            throw e;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            stopped.countDown();
        }));
        System.out.println("READY " + neo4j.boltURI());
        System.out.flush();
        stopped.await();
    }

    // The harness is configured for unit tests (an 8 MiB page cache, for one); a setting given by its
    // neo4j.conf name is parsed by Neo4j itself, so a bad name or value fails at start-up.
    @SuppressWarnings("unchecked")
    private static Neo4jBuilder withSetting(Neo4jBuilder builder, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected --setting name=value, got " + assignment);
        }
        String name = assignment.substring(0, eq).trim();
        Setting<Object> setting = Config.defaults().getSetting(name); // throws on an unknown name
        Object value = ((SettingImpl<Object>) setting).parse(assignment.substring(eq + 1).trim());
        return builder.withConfig(setting, value);
    }

    private static Map<String, String> parse(String[] args, List<String> settings) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            if (args[i].equals("--setting")) {
                settings.add(args[i + 1]);
            } else {
                out.put(args[i].substring(2), args[i + 1]);
            }
        }
        return out;
    }
}
