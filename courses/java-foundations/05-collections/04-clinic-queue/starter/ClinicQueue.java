import java.util.ArrayList;
import java.util.List;

public class ClinicQueue {
    private final List<String> patients = new ArrayList<>();

    public void add(String patient) {
        // TODO: put the patient at the end of the list
    }

    public int size() {
        return patients.size();
    }

    public String callNext() {
        // TODO: remove the first patient and return her name
        return "";
    }

    public int position(String patient) {
        // TODO: 1 for the front, -1 when not waiting
        return -1;
    }
}
