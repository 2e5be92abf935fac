/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One representation: a matrix whose rows are items and whose columns are features, plus the model properties used by the meta analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.Source#getId <em>Id</em>}</li>
 *   <li>{@link org.repalign.model.Source#getFile <em>File</em>}</li>
 *   <li>{@link org.repalign.model.Source#getFormat <em>Format</em>}</li>
 *   <li>{@link org.repalign.model.Source#getTensorName <em>Tensor Name</em>}</li>
 *   <li>{@link org.repalign.model.Source#getItemsFile <em>Items File</em>}</li>
 *   <li>{@link org.repalign.model.Source#getSaeFolder <em>Sae Folder</em>}</li>
 *   <li>{@link org.repalign.model.Source#getFamily <em>Family</em>}</li>
 *   <li>{@link org.repalign.model.Source#getModality <em>Modality</em>}</li>
 *   <li>{@link org.repalign.model.Source#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.repalign.model.Source#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.repalign.model.Source#getWidth <em>Width</em>}</li>
 *   <li>{@link org.repalign.model.Source#getTrainingDataSize <em>Training Data Size</em>}</li>
 *   <li>{@link org.repalign.model.Source#getYear <em>Year</em>}</li>
 *   <li>{@link org.repalign.model.Source#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getSource()
 * @model
 * @generated
 */
public interface Source extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique id of the source within the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The representation file; relative to the experiment file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reader format; empty means by file extension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Tensor Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tensor or array name inside .npz/.safetensors files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tensor Name</em>' attribute.
	 * @see #setTensorName(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_TensorName()
	 * @model
	 * @generated
	 */
	String getTensorName();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getTensorName <em>Tensor Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tensor Name</em>' attribute.
	 * @see #getTensorName()
	 * @generated
	 */
	void setTensorName(String value);

	/**
	 * Returns the value of the '<em><b>Items File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This source's own item list, when its rows differ from the experiment's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items File</em>' attribute.
	 * @see #setItemsFile(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_ItemsFile()
	 * @model
	 * @generated
	 */
	String getItemsFile();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getItemsFile <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Items File</em>' attribute.
	 * @see #getItemsFile()
	 * @generated
	 */
	void setItemsFile(String value);

	/**
	 * Returns the value of the '<em><b>Sae Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A SAELens SAE folder to load instead of training an SAE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sae Folder</em>' attribute.
	 * @see #setSaeFolder(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_SaeFolder()
	 * @model
	 * @generated
	 */
	String getSaeFolder();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getSaeFolder <em>Sae Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sae Folder</em>' attribute.
	 * @see #getSaeFolder()
	 * @generated
	 */
	void setSaeFolder(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of model parameters; null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute.
	 * @see #setParameters(Double)
	 * @see org.repalign.model.ExperimentPackage#getSource_Parameters()
	 * @model
	 * @generated
	 */
	Double getParameters();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getParameters <em>Parameters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' attribute.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(Double value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(Integer)
	 * @see org.repalign.model.ExperimentPackage#getSource_Depth()
	 * @model
	 * @generated
	 */
	Integer getDepth();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(Integer value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(Integer)
	 * @see org.repalign.model.ExperimentPackage#getSource_Width()
	 * @model
	 * @generated
	 */
	Integer getWidth();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(Integer value);

	/**
	 * Returns the value of the '<em><b>Training Data Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Data Size</em>' attribute.
	 * @see #setTrainingDataSize(Double)
	 * @see org.repalign.model.ExperimentPackage#getSource_TrainingDataSize()
	 * @model
	 * @generated
	 */
	Double getTrainingDataSize();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getTrainingDataSize <em>Training Data Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Data Size</em>' attribute.
	 * @see #getTrainingDataSize()
	 * @generated
	 */
	void setTrainingDataSize(Double value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.repalign.model.ExperimentPackage#getSource_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a source that holds layers (a folder of per-layer files, a 3-D array, several tensors matched by the tensor name pattern): the layer that analyses taking one matrix per source use, by name or 0-based index; empty means the last layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.repalign.model.ExperimentPackage#getSource_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.repalign.model.Source#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

} // Source
