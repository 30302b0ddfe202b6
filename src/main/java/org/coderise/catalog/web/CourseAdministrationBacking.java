package org.coderise.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.coderise.catalog.application.CatalogAdministration;
import org.coderise.catalog.application.ImportSummary;

/** Backs {@code /admin/courses.xhtml}. */
@Named
@RequestScoped
public class CourseAdministrationBacking {

    @Inject
    CatalogAdministration administration;

    private List<CatalogAdministration.CourseRow> courses;
    private List<CatalogAdministration.ImportRow> imports;

    public List<CatalogAdministration.CourseRow> getCourses() {
        if (courses == null) {
            courses = administration.courses();
        }
        return courses;
    }

    public List<CatalogAdministration.ImportRow> getImports() {
        if (imports == null) {
            imports = administration.latestImports();
        }
        return imports;
    }

    public String getCoursesDir() {
        return administration.coursesDir();
    }

    /** Imports now and says what happened; the page then shows the fresh lists. */
    public void reimport() {
        ImportSummary summary = administration.reimport();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "catalogMsg");
        String text = MessageFormat.format(bundle.getString("admin.courses.reimported"), summary.count("PUBLISHED"),
                summary.count("UNCHANGED"), summary.count("REJECTED"), summary.count("FAILED"));
        faces.addMessage(null, new FacesMessage(summary.count("REJECTED") + summary.count("FAILED") > 0
                ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO, text, null));
        courses = null;
        imports = null;
    }
}
