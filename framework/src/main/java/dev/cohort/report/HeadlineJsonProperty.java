package dev.cohort.report;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import dev.cohort.analysis.ExperimentAnalysis;

/**
 * The {@code headline} and {@code headlineParts} of an experiment in {@code summary.json}: its {@link
 * Headline}, from the {@link ReportContext} the writer carries as the attribute {@link #CONTEXT}; absent
 * when there is none (a part of the model written alone by {@link SummaryJsonFormat#tree}).
 */
abstract class HeadlineJsonProperty extends VirtualBeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    /** The writer attribute that holds the report's context. */
    static final String CONTEXT = "cohort.reportContext";

    HeadlineJsonProperty() {}

    HeadlineJsonProperty(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
        super(definition, annotations, type);
    }

    @Override
    protected Object value(
            Object bean, com.fasterxml.jackson.core.JsonGenerator generator, SerializerProvider provider) {
        return provider.getAttribute(CONTEXT) instanceof ReportContext context && bean instanceof ExperimentAnalysis e
                ? part(Headline.of(e, context))
                : null;
    }

    /** The part of the headline this property writes. */
    abstract Object part(Headline headline);

    /** {@code headline}: the whole headline as one paragraph. */
    static final class Text extends HeadlineJsonProperty {
        private static final long serialVersionUID = 1L;

        Text() {}

        private Text(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
            super(definition, annotations, type);
        }

        @Override
        Object part(Headline headline) {
            return headline.text();
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(
                MapperConfig<?> config,
                AnnotatedClass declaringClass,
                BeanPropertyDefinition definition,
                JavaType type) {
            return new Text(definition, declaringClass.getAnnotations(), type);
        }
    }

    /** {@code headlineParts}: description, answer, expectations and warnings apart, for a paper's own wording. */
    static final class Parts extends HeadlineJsonProperty {
        private static final long serialVersionUID = 1L;

        Parts() {}

        private Parts(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
            super(definition, annotations, type);
        }

        @Override
        Object part(Headline headline) {
            return headline;
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(
                MapperConfig<?> config,
                AnnotatedClass declaringClass,
                BeanPropertyDefinition definition,
                JavaType type) {
            return new Parts(definition, declaringClass.getAnnotations(), type);
        }
    }
}
