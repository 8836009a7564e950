// Fully qualified names that share their first part are the members of one namespace, keys a
// reference looks up; products are coined by makers of their own. Made-up notes written for the
// rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("members of one namespace are no things compared", () => {
	it("leaves a table of tracing attributes alone: keys under one prefix, with types and descriptions", () => {
		const model = note(
			lines(
				"# Messaging attributes",
				"",
				"| Key | Stability | Value Type | Description | Example Values |",
				"| --- | --- | --- | --- | --- |",
				"| `messaging.kafka.offset` | Development | int | The offset of a record in the partition. | `42` |",
				"| `messaging.kafka.message.key` | Development | string | The message's key, when it has one. | `myKey` |",
				"| `messaging.rabbitmq.destination.routing_key` | Development | string | The routing key the message was sent with. | `myKey` |",
				"| `messaging.gcp_pubsub.message.ack_id` | Development | string | The ack id of a received message. | `ack_id` |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("leaves a list of contracts and the facades that stand for them alone", () => {
		const contract = (path: string, facade: string) => `| [Illuminate\\Contracts\\${path}](https://example.com/${path}.php) | ${facade} |`;
		const model = note(
			lines(
				"## Contracts and facades",
				"",
				"| Contract | Facade |",
				"| --- | --- |",
				contract("Auth\\Access\\Gate", "`Gate`"),
				contract("Auth\\Guard", "`Auth::guard()`"),
				contract("Cache\\Factory", "`Cache`"),
				contract("Cache\\Repository", "`Cache::driver()`"),
				contract("Queue\\Queue", "`Queue::connection()`"),
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
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

	it("still compares the classes of one namespace a benchmark measures", () => {
		const model = note(
			lines(
				"# Map lookups",
				"",
				"| Class | Lookups/s | Inserts/s |",
				"| --- | --- | --- |",
				"| java.util.HashMap | 41,000,000 | 22,000,000 |",
				"| java.util.TreeMap | 9,800,000 | 6,100,000 |",
				"| java.util.concurrent.ConcurrentHashMap | 36,000,000 | 15,000,000 |",
				"| java.util.LinkedHashMap | 39,000,000 | 20,000,000 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["java.util.HashMap", "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap", "java.util.LinkedHashMap"]);
	});
});
