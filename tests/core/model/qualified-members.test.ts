// Fully qualified names that share their first part are the members of one namespace, keys a
// reference looks up; products are coined by makers of their own. Made-up notes written for the
// rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("members of one namespace are no things compared", () => {
	it("leaves a reference of tracing attributes alone: a namespace's keys by the dozen, with types and descriptions", () => {
		const systems = ["kafka", "rabbitmq", "gcp_pubsub", "servicebus"];
		const fields = ["message.id", "message.key", "destination.name", "consumer.group"];
		const keys = systems.flatMap((system) => fields.map((field) => `| \`messaging.${system}.${field}\` | Development | string | The ${field.replace(".", " ")} as ${system} names it. | \`abc\` |`));
		const model = note(lines("# Messaging attributes", "", "| Key | Stability | Value Type | Description | Example Values |", "| --- | --- | --- | --- | --- |", ...keys));
		expect(keys).toHaveLength(16);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("leaves a list of contracts and the facades that stand for them alone", () => {
		const contract = (path: string, facade: string) => `| [Illuminate\\Contracts\\${path}](https://example.com/${path.replaceAll("\\", "/")}.php) | ${facade} |`;
		const paths = ["Auth\\Access\\Gate", "Auth\\Guard", "Auth\\Factory", "Auth\\PasswordBroker", "Broadcasting\\Broadcaster", "Bus\\Dispatcher", "Cache\\Factory", "Cache\\Repository", "Config\\Repository", "Console\\Kernel", "Cookie\\Factory", "Encryption\\Encrypter", "Events\\Dispatcher", "Filesystem\\Factory", "Hashing\\Hasher", "Mail\\Mailer", "Queue\\Queue", "Routing\\Registrar"];
		const model = note(lines("## Contracts and facades", "", "| Contract | Facade |", "| --- | --- |", ...paths.map((path) => contract(path, `\`${path.split("\\")[0]}\``))));
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("still compares a few classes of one library set against each other in words", () => {
		const model = note(
			lines(
				"# Java maps compared",
				"",
				"| Class | Ordering | Thread safety | Null keys | get() |",
				"| --- | --- | --- | --- | --- |",
				"| java.util.HashMap | none | not safe | one allowed | O(1) |",
				"| java.util.LinkedHashMap | insertion order | not safe | one allowed | O(1) |",
				"| java.util.TreeMap | sorted by key | not safe | not allowed | O(log n) |",
				"| java.util.concurrent.ConcurrentHashMap | none | safe, lock striping | not allowed | O(1) |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap"]);
	});

	it("still compares products whose qualified names begin with makers of their own", () => {
		const model = note(
			lines(
				"# Lock-free queues",
				"",
				"| Queue | Throughput | Bounded |",
				"| --- | --- | --- |",
				"| boost::lockfree::spsc_queue | fast | yes |",
				"| folly::ProducerConsumerQueue | fastest | yes |",
				"| moodycamel::ReaderWriterQueue::v2 | fast | no |",
				"| rigtorp::SPSCQueue::Queue | fastest | yes |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toHaveLength(4);
	});

	it("still compares the classes of one namespace a benchmark measures, however many", () => {
		const classes = ["HashMap", "TreeMap", "LinkedHashMap", "WeakHashMap", "IdentityHashMap", "EnumMap", "Hashtable", "ArrayList", "LinkedList", "ArrayDeque", "PriorityQueue", "HashSet", "TreeSet", "LinkedHashSet", "BitSet", "Vector"];
		const rows = classes.map((name, i) => `| java.util.${name} | ${(40 - i).toFixed(1)} M | ${(20 - i / 2).toFixed(1)} M |`);
		const model = note(lines("# Lookups and inserts", "", "| Class | Lookups/s | Inserts/s |", "| --- | --- | --- |", ...rows));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(classes.map((name) => `java.util.${name}`));
	});
});
