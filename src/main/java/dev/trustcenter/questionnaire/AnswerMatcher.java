package dev.trustcenter.questionnaire;

import dev.trustcenter.model.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Matches a questionnaire's row to the answer library: first by a questionnaire id the row carries (CEK-03.1) that an
 * answer's refs name, then by the text of its question against every answer's question and aliases, ranked by
 * Lucene's BM25 with English stemming. A text match's confidence is its score over the score the matched phrasing
 * gets when it is itself the query: 1 for the same words, less the fewer of them the row shares.
 */
public final class AnswerMatcher implements AutoCloseable {

    /** How a row was matched. */
    public enum Via { REF, TEXT }

    /** The best answer for a row, and how sure the match is, from 0 to 1. */
    public record Match(Answer answer, double confidence, Via via) {}

    private final Map<String, Answer> byRef = new HashMap<>();
    private final List<Answer> answers;
    /**
     * English stop words, and the words questionnaires wrap a question in ("Please describe…", "Provide…"), which
     * say nothing about what is asked.
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("please", "describe", "provide", "explain", "confirm", "outline", "indicate", "specify",
                "detail", "details", "whether", "do", "does", "you", "your", "we", "our", "us"));
        return CharArraySet.unmodifiableSet(words);
    }

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final double[] selfScores;

    public AnswerMatcher(List<Answer> answers) {
        this.answers = List.copyOf(answers);
        for (Answer answer : answers) {
            answer.refs().forEach((catalogue, refs) -> refs.forEach(r -> byRef.putIfAbsent(r.id(), answer)));
        }
        List<String> phrasings = new ArrayList<>();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int a = 0; a < answers.size(); a++) {
                    Answer answer = answers.get(a);
                    List<String> texts = new ArrayList<>();
                    texts.add(answer.question());
                    texts.addAll(answer.aliases());
                    for (String text : texts) {
                        Document doc = new Document();
                        doc.add(new StringField("key", Integer.toString(phrasings.size()), Field.Store.NO));
                        doc.add(new StoredField("answer", a));
                        doc.add(new StoredField("phrasing", phrasings.size()));
                        doc.add(new TextField("text", text, Field.Store.NO));
                        writer.addDocument(doc);
                        phrasings.add(text);
                    }
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            selfScores = new double[phrasings.size()];
            for (int p = 0; p < phrasings.size(); p++) {
                Query self = new BooleanQuery.Builder()
                        .add(query(phrasings.get(p)), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("key", Integer.toString(p))), BooleanClause.Occur.FILTER)
                        .build();
                TopDocs top = searcher.search(self, 1);
                selfScores[p] = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /** The answer for a row: by a questionnaire id in any of its cells, else by its question's text. */
    public Optional<Match> match(String question, List<String> cells) {
        for (String cell : cells) {
            for (String id : ids(cell)) {
                Answer answer = byRef.get(id);
                if (answer != null) {
                    return Optional.of(new Match(answer, 1.0, Via.REF));
                }
            }
        }
        if (question.isBlank()) {
            return Optional.empty();
        }
        try {
            Query query = query(question);
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            ScoreDoc best = top.scoreDocs[0];
            Document doc = searcher.storedFields().document(best.doc);
            int phrasing = doc.getField("phrasing").numericValue().intValue();
            Answer answer = answers.get(doc.getField("answer").numericValue().intValue());
            double self = selfScores[phrasing];
            return Optional.of(new Match(answer, self <= 0 ? 0 : Math.min(1.0, best.score / self), Via.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to read", e);
        }
    }

    /** The CAIQ and SIG Lite ids in a cell, and the cell itself (a custom id is written alone in its cell). */
    static Set<String> ids(String cell) {
        Set<String> ids = new LinkedHashSet<>(Answer.Catalogue.CAIQ.findIn(cell));
        ids.addAll(Answer.Catalogue.SIG_LITE.findIn(cell));
        if (!cell.isBlank() && !cell.strip().contains(" ")) {
            ids.add(cell.strip());
        }
        return ids;
    }

    /** The text's terms as the index analyses them, any of which may match. */
    private Query query(String text) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        terms.forEach(t -> builder.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
