// Analysts' questions as Cypher. Each "## " line titles the query below it.
// scripts/run_queries.py runs them all and prints their results as Markdown; the kg guide
// that `kg neo4j start` gives Neo4j Browser (:play) holds them as runnable slides.
## Who opposes, criticises, rejects or condemns whom (or what)?
MATCH (a:Entity)-[r:OPPOSES|CRITICIZES|REJECTS|CONDEMNS]->(b)
RETURN a.name AS actor, type(r) AS stance, r.polarity AS polarity,
       coalesce(b.name, b.trigger + ' (' + b.class + ')') AS target,
       size(r.sentence_ids) AS evidence
ORDER BY actor, stance
## Everything James Jeffrey said, with the sentence it came from
MATCH (p:Person {name_en: 'James Jeffrey'})-[:STATED]->(q:Statement)-[:EVIDENCED_BY]->(s:Sentence)
RETURN q.verb AS verb, q.direct AS direct, left(q.quote, 60) AS quote, s.index AS sentence
ORDER BY q.quote_start
## Who holds which position, of which country or organisation
MATCH (p:Person)-[:HOLDS_POSITION]->(pos:Position)
OPTIONAL MATCH (pos)-[:OF]->(o:Entity)
RETURN p.name AS person, p.name_en AS english, pos.name AS position, o.name AS of
ORDER BY person
## Events, what kind, who did them and where
MATCH (e:Event)
OPTIONAL MATCH (e)-[:AGENT]->(agent:Entity)
OPTIONAL MATCH (e)-[:LOCATION]->(place:Place)
RETURN e.class AS event, e.trigger AS trigger, agent.name AS agent, place.name AS place
ORDER BY e.trigger_start
## The articles and sentences behind a relationship (the US opposing the incursion)
MATCH (us:Country {qid: 'Q30'})-[r:OPPOSES]->(target)
UNWIND range(0, size(r.sentence_ids) - 1) AS i
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {id: r.sentence_ids[i]})
RETURN coalesce(target.name, target.trigger) AS target, d.title AS article, s.index AS sentence,
       substring(d.text, r.starts[i], r.ends[i] - r.starts[i]) AS evidence,
       r.extractors[i] AS extractor, r.confidences[i] AS confidence
## Who urges or calls on whom
MATCH (a:Entity)-[r:URGES]->(b)
RETURN a.name AS who, coalesce(b.name, b.trigger) AS whom, r.modality AS modality
## Every way an entity is written in the articles (the Islamic State)
MATCH (m:Mention)-[:REFERS_TO]->(e:Entity {name_en: 'Islamic State'})
RETURN e.name AS entity, m.text AS written, count(*) AS times
ORDER BY times DESC
## The most mentioned entities, by class
MATCH (m:Mention)-[:REFERS_TO]->(e:Entity)
RETURN e.name AS entity, e.name_en AS english, e.class AS class, count(m) AS mentions
ORDER BY mentions DESC, entity LIMIT 10
## Full-text search over sentences (Arabic analyser): which sentences speak of Russia?
CALL db.index.fulltext.queryNodes('kg_sentence_text', 'روسيا') YIELD node, score
RETURN node.index AS sentence, left(node.text, 70) AS text
ORDER BY sentence
## Who coordinates or shares concern with whom
MATCH (a:Entity)-[r:COORDINATES_WITH|SHARES_CONCERN_WITH]->(b:Entity)
RETURN a.name AS who, type(r) AS relation, b.name AS with
