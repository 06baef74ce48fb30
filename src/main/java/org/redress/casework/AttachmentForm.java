package org.redress.casework;

import org.springframework.web.multipart.MultipartFile;

/** The staff page's file upload, bound so a problem can be shown at the field. */
public class AttachmentForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
