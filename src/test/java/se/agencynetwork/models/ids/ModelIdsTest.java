package se.agencynetwork.models.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every element id a test names through a {@code *Model} class is an element of that model. */
class ModelIdsTest {

    static final List<Class<?>> MODELS = List.of(CandidateReferralModel.class, CourseDeliveryModel.class, CourseEvaluationModel.class, IdeaModel.class, MentorshipModel.class, NeedsInventoryModel.class, NeedsInventoryYearlyModel.class, NetworkReviewModel.class, ProcurementModel.class, RecruitmentActivityModel.class, StaffLoanModel.class, YhApplicationModel.class);

    @Test
    void everyDeclaredIdIsAnElementOfItsModel() throws Exception {
        for (Class<?> model : MODELS) {
            String file = (String) model.getField("FILE").get(null);
            String xml = Files.readString(Path.of(file));
            String process = xml.substring(0, xml.indexOf("<bpmndi:"));
            Set<String> ids = new HashSet<>();
            Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(process);
            while (id.find()) {
                ids.add(id.group(1));
            }
            int declared = 0;
            for (Field field : model.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("FILE")) {
                    assertThat(ids).as(model.getSimpleName() + "." + field.getName()).contains((String) field.get(null));
                    declared++;
                }
            }
            assertThat(declared).as(model.getSimpleName()).isPositive();
        }
    }
}
